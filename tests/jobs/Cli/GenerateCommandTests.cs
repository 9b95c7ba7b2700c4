using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Tests.Cli;

// `satisfaction generate` writes files the pipeline reads as the generator says: clean files load
// whole, messy files lose exactly the rows the generator planted as bad.
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-generate", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("CsvGb18030", false)]
    [InlineData("Xlsx", true)]
    [InlineData("CsvUtf16", true)]
    public void GeneratedFilesIngestAsTheGeneratorPlanned(string format, bool messy)
    {
        var inbox = Path.Combine(_folder, "inbox");
        var args = new List<string> { "generate", "--out", inbox, "--format", format, "--periods", "2026Q2,2026Q3", "--split", "ByPeriod", "--responses-per-outlet", "3" };
        if (messy)
        {
            args.Add("--messy");
        }

        var generated = ChildProcess.Run(null, [.. args]);
        Assert.True(generated.ExitCode == 0, generated.Error);
        var expected = generated.Output.Split('\n').Where(l => l.Contains("expect", StringComparison.Ordinal))
            .Sum(l => int.Parse(l[(l.LastIndexOf("expect ", StringComparison.Ordinal) + 7)..l.LastIndexOf(" loaded", StringComparison.Ordinal)].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));

        var run = ChildProcess.Run(null, "run", "--inbox", inbox, "--data", Path.Combine(_folder, "data"), "--stable-seconds", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        using var store = SqliteIngestStore.InDataFolder(Path.Combine(_folder, "data"));
        var ledger = store.Ledger();
        Assert.Equal(4, ledger.Count);
        Assert.All(ledger, e => Assert.Equal(FileOutcome.Archived, e.Outcome));
        Assert.Equal(expected, ledger.Sum(e => e.RowsLoaded));
        Assert.Equal(messy, ledger.Any(e => e.RowsRejected > 0));
    }

    [Fact]
    public void SeveralProvincesGetTheirOwnMasterCodesAndWorkbooks()
    {
        var inbox = Path.Combine(_folder, "inbox");
        var generated = ChildProcess.Run(null, "generate", "--out", inbox, "--outlet-count", "26", "--provinces", "3", "--visits-per-outlet", "1", "--responses-per-outlet", "2");
        Assert.True(generated.ExitCode == 0, generated.Error);
        var master = inbox + "-outlets.csv";
        var outlets = File.ReadAllLines(master).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(78, outlets.Count);
        Assert.Equal(3, outlets.Select(o => o[0]).Distinct().Count());
        Assert.Equal(78, outlets.Select(o => o[2]).Distinct().Count());
        Assert.All(outlets.Select(o => o[0]).Distinct(), p => Assert.Equal(26, outlets.Count(o => o[0] == p)));

        var output = Path.Combine(_folder, "out");
        var run = ChildProcess.Run(null, "run", "--inbox", inbox, "--data", Path.Combine(_folder, "data"), "--out", output, "--outlets", master, "--stable-seconds", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        var provinceBooks = Directory.GetFiles(output, "*省分报告.xlsx", SearchOption.AllDirectories);
        Assert.Equal(outlets.Select(o => o[0]).Distinct().Order(StringComparer.Ordinal), provinceBooks.Select(p => Path.GetFileName(Path.GetDirectoryName(p))!).Order(StringComparer.Ordinal));
    }
}
