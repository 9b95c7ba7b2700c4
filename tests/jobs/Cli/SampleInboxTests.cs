using System.Text.Json;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Tests.Cli;

// `satisfaction demo` on data-samples/: every sample file ends with the outcome and row counts that
// data-samples/README.md documents (kept machine-readable in expected-outcomes.json).
public sealed class SampleInboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-demo", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void TheDemoGivesEverySampleFileItsDocumentedOutcome()
    {
        var run = ChildProcess.Run(null, "demo", "--folder", _folder);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);

        using var store = SqliteIngestStore.InDataFolder(Path.Combine(_folder, "data"));
        var ledger = store.Ledger().ToDictionary(e => e.Name);
        var expected = JsonDocument.Parse(File.ReadAllText(DefaultFiles.Resolve(null, "expected-outcomes.json"))).RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Count, ledger.Count);
        foreach (var file in expected)
        {
            var name = file.GetProperty("File").GetString()!;
            var entry = ledger[name];
            Assert.StartsWith(entry.Outcome.Stored(), file.GetProperty("Outcome").GetString(), StringComparison.Ordinal);
            Assert.Equal((name, file.GetProperty("Loaded").GetInt32()), (name, entry.RowsLoaded));
            Assert.Equal((name, file.GetProperty("Rejected").GetInt32()), (name, entry.RowsRejected));
            Assert.Equal((name, file.GetProperty("Replaces").GetInt32()), (name, entry.RowsReplaced));
            Assert.True(File.Exists(entry.StoredPath), name);
            Assert.True(File.Exists(entry.ReportPath), name);
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "inbox")));
    }

    // data-samples/README.md lists the planted bad rows of 07 by the row numbers Excel shows.
    [Fact]
    public void TheMessySampleReportsEveryPlantedBadRowAtItsExcelRowAndColumn()
    {
        Assert.Equal(0, ChildProcess.Run(null, "demo", "--folder", _folder).ExitCode);
        using var store = SqliteIngestStore.InDataFolder(Path.Combine(_folder, "data"));
        var entry = store.Ledger().Single(e => e.Name.StartsWith("07-", StringComparison.Ordinal));

        using var report = new ClosedXML.Excel.XLWorkbook(entry.ReportPath);
        var issues = report.Worksheet("错误明细 Issues").RowsUsed().Skip(1)
            .Select(r => (Row: r.Cell(3).GetString(), Column: r.Cell(5).GetString(), Severity: r.Cell(7).GetString(), Message: r.Cell(9).GetString()))
            .ToList();
        var errors = issues.Where(i => i.Severity.StartsWith("错误", StringComparison.Ordinal)).Select(i => i.Row).Distinct().Order(StringComparer.Ordinal);
        var repeats = issues.Where(i => i.Message.Contains("identical content", StringComparison.Ordinal)).Select(i => i.Row).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { "37", "87", "45", "100", "51", "104", "71", "79", "83" }.Order(StringComparer.Ordinal), errors);
        Assert.Equal(new[] { "30", "80" }, repeats);
        Assert.Contains(issues, i => i.Row == "51" && i.Column.StartsWith("A1", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Row == "45" && i.Column.Contains("日期", StringComparison.Ordinal));
    }

    [Fact]
    public void StatusAsJsonListsEveryFileWithTheDocumentedFields()
    {
        Assert.Equal(0, ChildProcess.Run(null, "demo", "--folder", _folder).ExitCode);

        var status = ChildProcess.Run(null, "status", "--json", "--data", Path.Combine(_folder, "data"));

        Assert.Equal(0, status.ExitCode);
        var files = JsonDocument.Parse(status.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(16, files.Count);
        foreach (var field in new[] { "file", "sha256", "outcome", "rowsLoaded", "rowsRejected", "reasons" })
        {
            Assert.All(files, f => Assert.True(f.TryGetProperty(field, out _), field));
        }

        Assert.Contains(files, f => f.GetProperty("outcome").GetString() == "quarantined" && f.GetProperty("reasons").GetArrayLength() > 0);
    }

    [Fact]
    public void StatusOnAFolderWithoutAStoreSaysSoAndFails()
    {
        var status = ChildProcess.Run(null, "status", "--data", _folder);

        Assert.Equal(2, status.ExitCode);
        Assert.Contains("no store here yet", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunWithABadSchemeStopsBeforeAnythingIsWrittenAndListsEveryProblem()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "inbox"));
        var scheme = Path.Combine(_folder, "bad.json");
        File.WriteAllText(scheme, """{"mystery":{"dimensions":[{"key":"a","name":"A","weight":-1}],"items":[{"code":"A1","dimension":"zz","max":3,"type":"yesno"}]},"survey":{"questions":[{"code":"S1","role":"touchpoint","weight":1,"scale":[5,1]}]}}""");

        var run = ChildProcess.Run(null, "run", "--inbox", Path.Combine(_folder, "inbox"), "--data", Path.Combine(_folder, "data"), "--scheme", scheme);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mystery.dimensions[0].weight", run.Error, StringComparison.Ordinal);
        Assert.Contains("mystery.items[0].dimension", run.Error, StringComparison.Ordinal);
        Assert.Contains("survey.questions[0].scale", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "data")));
    }
}
