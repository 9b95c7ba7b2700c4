using System.Globalization;
using System.Text;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Tests;

/// <summary>
/// A temporary inbox, data and out folder for runs of the real program, and small vendor files written
/// into the inbox in arrival order (one minute apart). Open to every account, so that a child running
/// unprivileged can work in it.
/// </summary>
public sealed class RunFolder : IDisposable
{
    public const string Nanjing = "0250101";
    public const string Suzhou = "05120101";

    private const string MysteryHeader = "访问编号,营业厅编码,访问日期,访员编号,A1,A2,A3,A4,A5,A6,A7,B1,B2,B3,B4,B5,B6,C1,C2,C3,C4,C5,D1,D2,D3,D4,D5,E1,E2,E3,E4,E5,V1,V2,V3,V4,备注";
    private const string SurveyHeader = "样本编号,营业厅编码,调查日期,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10";

    private DateTime _arrival = DateTime.UtcNow.AddHours(-1);

    public RunFolder()
    {
        Root = Directory.CreateTempSubdirectory("satisfaction-run").FullName;
        Inbox = Open(Path.Combine(Root, "inbox"));
        Data = Path.Combine(Root, "data");
        Out = Path.Combine(Root, "out");
        Open(Root);
    }

    public string Root { get; }

    public string Inbox { get; }

    public string Data { get; }

    public string Out { get; }

    public static string Samples => DefaultFiles.SamplesFolder()!;

    /// <summary>The arguments of <c>run</c> on these folders, with the sample master and scheme unless others are given.</summary>
    public string[] RunArgs(string? outlets = null, string? scheme = null) =>
        ["run", "--inbox", Inbox, "--data", Data, "--out", Out, "--stable-seconds", "0", .. Inputs(outlets, scheme)];

    public string[] RerunArgs(string period, string? outlets = null, string? scheme = null) =>
        ["rerun", "--period", period, "--data", Data, "--out", Out, .. Inputs(outlets, scheme)];

    /// <summary>A survey file: each response (id, outlet, date) answers 8 everywhere, S9 (overall) 9.</summary>
    public string AddSurvey(string name, params (string Id, string Outlet, string Date)[] rows) =>
        Add(name, SurveyHeader, rows.Select(r => $"{r.Id},{r.Outlet},{r.Date},8,8,8,8,8,8,8,,9,9"));

    /// <summary>A mystery-shop file: each visit (id, outlet, date, D1 points) passes every other item in full.</summary>
    public string AddVisits(string name, params (string Id, string Outlet, string Date, int D1)[] rows) =>
        Add(name, MysteryHeader, rows.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Id},{r.Outlet},{r.Date},S-{r.Id},1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,1,1,1,{r.D1},1,7,7,1,1,1,1,1,1,1,1,1,1,")));

    /// <summary>The sample scheme with one change to its text (e.g. a max), written beside the folders.</summary>
    public string SchemeWith(string name, string find, string replace)
    {
        var text = File.ReadAllText(Path.Combine(Samples, "scheme.json"));
        Assert.Contains(find, text, StringComparison.Ordinal);
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }

    /// <summary>Every file under the out folder, hidden ones included.</summary>
    public IReadOnlyList<string> OutFiles() => Directory.Exists(Out)
        ? [.. Directory.EnumerateFiles(Out, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })]
        : [];

    public string ProvinceWorkbook(string period) => Path.Combine(Out, period, "江苏", $"江苏_{period}_省分报告.xlsx");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // leftovers in /tmp do no harm
        }
    }

    private static string[] Inputs(string? outlets, string? scheme) =>
        ["--outlets", outlets ?? Path.Combine(Samples, "outlets.csv"), "--scheme", scheme ?? Path.Combine(Samples, "scheme.json")];

    private static string Open(string folder)
    {
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        return folder;
    }

    private string Add(string name, string header, IEnumerable<string> lines)
    {
        var path = Path.Combine(Inbox, name);
        File.WriteAllText(path, header + "\r\n" + string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
        File.SetLastWriteTimeUtc(path, _arrival = _arrival.AddMinutes(1));
        return path;
    }
}
