using System.Text.Json.Nodes;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Jobs.Tests.Cli;

// A scheme changed under stored answers (a points item's max lowered below them): rerun and run still
// write every workbook; the answers it no longer allows leave their rows out and are listed — id, item,
// value, rule — in the printed summary and on 数据质量.
public sealed class SchemeChangeRunTests : IDisposable
{
    private readonly RunFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AMaxLoweredBelowStoredAnswersLeavesThoseVisitsOutListedAndEveryCommandStillWritesItsWorkbooks()
    {
        _folder.AddVisits("01-暗访.csv", ("AF-1", RunFolder.Nanjing, "2026-07-05", 6), ("AF-2", RunFolder.Nanjing, "2026-07-06", 3), ("AF-3", RunFolder.Suzhou, "2026-07-07", 2));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs()).ExitCode);
        var lowered = LoweredScheme("D1", 4);

        var rerun = ChildProcess.Run(null, _folder.RerunArgs("2026Q3", scheme: lowered));
        var listedByRerun = DisallowedRows();
        _folder.AddVisits("02-暗访.csv", ("AF-4", RunFolder.Suzhou, "2026-07-08", 4));
        var run = ChildProcess.Run(null, _folder.RunArgs(scheme: lowered));

        Assert.True(rerun.ExitCode == 0, rerun.Error + rerun.Output);
        Assert.Contains("暗访 AF-1  D1 = 6  (0–4 分 / 0–4 points)", rerun.Output, StringComparison.Ordinal);
        Assert.Contains("1 stored answer(s) the scheme in force does not allow", rerun.Output, StringComparison.Ordinal);
        Assert.Equal([["暗访", "AF-1", "南京", RunFolder.Nanjing, "D1", "6", "0–4 分 / 0–4 points"]], listedByRerun);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("暗访 AF-1  D1 = 6", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"2026Q3\s+江苏\s+\d+\.\d", run.Output);
        Assert.Equal([["暗访", "AF-1", "南京", RunFolder.Nanjing, "D1", "6", "0–4 分 / 0–4 points"]], DisallowedRows());
    }

    private string LoweredScheme(string item, int max)
    {
        var scheme = JsonNode.Parse(File.ReadAllText(Path.Combine(RunFolder.Samples, "scheme.json")))!;
        scheme["mystery"]!["items"]!.AsArray().Single(i => (string?)i!["code"] == item)!["max"] = max;
        var path = Path.Combine(_folder.Root, "scheme-lowered.json");
        File.WriteAllText(path, scheme.ToJsonString());
        return path;
    }

    private List<string?[]> DisallowedRows()
    {
        using var workbook = new WorkbookReader(_folder.ProvinceWorkbook("2026Q3"));
        return [.. workbook.Table("DisallowedAnswers").Rows.Select(r => r.Select(c => c.Text).ToArray())];
    }
}
