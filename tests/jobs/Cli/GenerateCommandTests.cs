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
}
