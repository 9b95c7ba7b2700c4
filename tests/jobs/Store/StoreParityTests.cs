using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Tests.Store;

// Issue 8, point 8: the sample inbox run on SQLite and on PostgreSQL gives the same ledger, the same
// `status --json`, and the same value in every cell of every named table of every workbook.
public sealed partial class StoreParityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-parity", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SkippableFact]
    public void TheSampleInboxGivesTheSameLedgerAndWorkbooksOnSqliteAndPostgres()
    {
        using var postgres = StoreUnderTest.Create("postgres");
        using var sqlite = StoreUnderTest.Create("sqlite");

        var onSqlite = RunSamples(_folder, "sqlite", sqlite);
        var onPostgres = RunSamples(_folder, "postgres", postgres);

        Assert.Equal(Ledger(sqlite, onSqlite), Ledger(postgres, onPostgres));
        Assert.Equal(Status(sqlite, onSqlite), Status(postgres, onPostgres));
        var workbooks = Workbooks(onSqlite);
        Assert.Equal(28, workbooks.Count);
        Assert.Equal(workbooks, Workbooks(onPostgres));
        foreach (var workbook in workbooks)
        {
            Assert.Equal(NamedTables.Read(Path.Combine(onSqlite, "out", workbook)), NamedTables.Read(Path.Combine(onPostgres, "out", workbook)));
        }
    }

    // The sample inbox, copied in the order of its names with the same arrival times in both folders, one pass.
    internal static string RunSamples(string root, string name, StoreUnderTest store)
    {
        var folder = Path.Combine(root, name);
        var inbox = Path.Combine(folder, "inbox");
        Directory.CreateDirectory(inbox);
        var arrival = new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(DefaultFiles.Resolve(null, "inbox")).Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(inbox, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, arrival = arrival.AddMinutes(1));
        }

        var run = ChildProcess.Run(null, store.With("run", "--inbox", inbox, "--data", Path.Combine(folder, "data"), "--out", Path.Combine(folder, "out"), "--stable-seconds", "0"));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        return folder;
    }

    private static List<string> Ledger(StoreUnderTest store, string folder)
    {
        using var read = store.Open(Path.Combine(folder, "data"));
        return read.Ledger().Select(e =>
            $"{e.Id} {e.Name} {e.Sha256} {e.Size} {e.ModifiedUtc:O} {e.Kind} {e.Outcome} {e.RowsLoaded} {e.RowsRejected} {e.RowsSkipped} {e.Warnings} {e.RowsReplaced} "
            + $"{e.DuplicateOf} {e.Description} {WithoutTimes(string.Join('|', e.Reasons))} {Path.GetRelativePath(folder, e.StoredPath)} {e.Moved} {e.ReportsOwed}").ToList();
    }

    // `status --json` with the paths and times that differ between the two folders and runs taken out.
    private static string Status(StoreUnderTest store, string folder)
    {
        var status = ChildProcess.Run(null, store.With("status", "--json", "--data", Path.Combine(folder, "data")));
        Assert.True(status.ExitCode == 0, status.Error);
        var entries = System.Text.Json.Nodes.JsonNode.Parse(status.Output)!.AsArray();
        foreach (var entry in entries)
        {
            foreach (var varying in new[] { "processedUtc", "storedPath", "reportPath" })
            {
                entry!.AsObject().Remove(varying);
            }
        }

        return WithoutTimes(entries.ToJsonString());
    }

    // A duplicate's reason names when the earlier file was loaded: the two runs differ in that alone.
    private static string WithoutTimes(string text) => ProcessedTime().Replace(text, "(time)");

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]
    private static partial System.Text.RegularExpressions.Regex ProcessedTime();

    internal static List<string> Workbooks(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "out"), "*.xlsx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(folder, "out"), f)).Order(StringComparer.Ordinal).ToList();
}
