using System.Text;
using Satisfaction.Jobs.Tests.Cli;

namespace Satisfaction.Jobs.Tests;

// A province's workbooks read only its own rows, so a file from one province rewrites that province's workbooks and
// leaves every other province's as they are (in a country, 1 province's workbooks written instead of 31).
public sealed class ProvinceRewriteTests : IDisposable
{
    private const string Hangzhou = "05710101";
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly RunFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFileOfOneProvinceRewritesOnlyThatProvincesWorkbooks()
    {
        var outlets = TwoProvinceMaster();
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"), ("R2", Hangzhou, "2026-07-05"));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs(outlets)).ExitCode);
        var jiangsu = _folder.ProvinceWorkbook("2026Q3");
        var zhejiang = ZhejiangWorkbook("2026Q3");
        File.SetLastWriteTimeUtc(jiangsu, LongAgo);
        File.SetLastWriteTimeUtc(zhejiang, LongAgo);
        _folder.AddSurvey("02-满意度.csv", ("R3", RunFolder.Nanjing, "2026-07-06"));

        var second = ChildProcess.Run(null, _folder.RunArgs(outlets));

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(jiangsu));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(zhejiang));
    }

    [Fact]
    public void AResubmissionThatMovesARowToAnotherProvinceRewritesTheProvinceItLeft()
    {
        var outlets = TwoProvinceMaster();
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"), ("R2", Hangzhou, "2026-07-05"));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs(outlets)).ExitCode);
        var zhejiang = ZhejiangWorkbook("2026Q3");
        var zhejiangWritten = File.Exists(zhejiang);
        _folder.AddSurvey("02-满意度-更正.csv", ("R2", RunFolder.Nanjing, "2026-07-05"));

        var corrected = ChildProcess.Run(null, _folder.RunArgs(outlets));

        Assert.True(zhejiangWritten);
        Assert.True(corrected.ExitCode == 0, corrected.Error);
        Assert.False(File.Exists(zhejiang), "the province the row left has no data in the period any more");
        Assert.Equal(2, Screen.Respondents(corrected.Output, "2026Q3", "江苏"));
    }

    private string ZhejiangWorkbook(string period) => Path.Combine(_folder.Out, period, "浙江", $"浙江_{period}_省分报告.xlsx");

    // The sample master and one outlet of a second province.
    private string TwoProvinceMaster()
    {
        var path = Path.Combine(_folder.Root, "outlets-two-provinces.csv");
        var sample = File.ReadAllText(Path.Combine(RunFolder.Samples, "outlets.csv"), Encoding.UTF8).TrimEnd('\r', '\n');
        File.WriteAllText(path, sample + "\n浙江,杭州," + Hangzhou + ",杭州延安路旗舰店,,旗舰店\n", new UTF8Encoding(true));
        return path;
    }
}
