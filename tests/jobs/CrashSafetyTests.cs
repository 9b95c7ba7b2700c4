using System.Collections.Concurrent;
using System.Text;
using Satisfaction.Ingest.Headers;
using Satisfaction.Jobs.Tests.Store;

namespace Satisfaction.Jobs.Tests;

// DATA-CONTRACT.md 2.7: a process killed at any point and restarted ends with the same rows and ledger
// as a run that was never killed. Each test kills a real child process (SIGKILL, no clean-up) and restarts it,
// on each store (SQLite in the data folder, a PostgreSQL database of the test's own).
public sealed class CrashSafetyTests : IDisposable
{
    private const int BigRows = 60_000;
    private static readonly ConcurrentDictionary<string, Lazy<string>> References = new();

    private readonly string _root = Path.Combine(Path.GetTempPath(), "satisfaction-crash", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // leftovers in /tmp do no harm
        }
    }

    public static TheoryData<string, string> Crashes()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "sqlite", "postgres" })
        {
            foreach (var point in new[] { "rows:1", "before-commit:1", "after-commit:1", "after-move:1", "before-commit:2", "after-commit:3" })
            {
                data.Add(kind, point);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Crashes))]
    public void KilledAtAnyPointAndRestartedEndsLikeARunNeverKilled(string store, string crashAt)
    {
        var actual = Scenario(store, "crashed", crashAt);

        Assert.Equal(Reference(store), actual);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void KilledAtARandomMomentMidIngestAndRestartedLosesAndDoublesNothing(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var folder = Prepare("random");
        using (var child = ChildProcess.Start(null, RunArgs(folder, store)))
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(900 + Random.Shared.Next(600)));
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.Equal(0, ChildProcess.Run(null, RunArgs(folder, store)).ExitCode);
        Assert.Equal(Reference(kind), Observe(folder, store));
    }

    private static string Reference(string kind) => References.GetOrAdd(kind, k => new Lazy<string>(() =>
    {
        using var once = new CrashSafetyTests();
        return once.Scenario(k, "reference", crashAt: null);
    })).Value;

    private string Scenario(string kind, string name, string? crashAt)
    {
        using var store = StoreUnderTest.Create(kind);
        var folder = Prepare(name);
        if (crashAt is not null)
        {
            var crashed = ChildProcess.Run(new Dictionary<string, string> { ["SATISFACTION_CRASH_AT"] = crashAt }, RunArgs(folder, store));
            Assert.NotEqual(0, crashed.ExitCode);
        }

        var finished = ChildProcess.Run(null, RunArgs(folder, store));
        Assert.True(finished.ExitCode == 0, finished.Error + finished.Output);
        return Observe(folder, store);
    }

    private static string[] RunArgs(string folder, StoreUnderTest store) =>
        store.With("run", "--inbox", Path.Combine(folder, "inbox"), "--data", Path.Combine(folder, "data"), "--out", Path.Combine(folder, "out"), "--stable-seconds", "0");

    // What must be the same after any crash: each file's outcome and counts (in ledger order: PostgreSQL's
    // sequence skips the id a killed load took), the current rows and the file each came from, replacements,
    // an empty inbox, and no snapshot left in the data folder's staging/.
    private static string Observe(string folder, StoreUnderTest at)
    {
        using var store = at.Open(Path.Combine(folder, "data"));
        var text = new StringBuilder();
        var ledger = store.Ledger();
        var names = ledger.ToDictionary(e => e.Id, e => e.Name);
        foreach (var e in ledger)
        {
            text.AppendLine($"{e.Name} {e.Outcome} {e.RowsLoaded} {e.RowsRejected} {e.RowsReplaced} {e.Moved} {File.Exists(e.StoredPath)} {File.Exists(e.ReportPath)}");
        }

        var survey = store.Current(FileKind.Survey).Select(r => $"{r.Id}:{names[r.FileId]}:{r.Answers["S1"].Value}").Order(StringComparer.Ordinal);
        text.AppendLine($"survey {store.CountCurrent(FileKind.Survey)} {string.Join(',', survey).GetHashCode(StringComparison.Ordinal)}");
        text.AppendLine($"replacements {store.Replacements().Count}");
        text.AppendLine($"inbox {string.Join(',', Directory.GetFiles(Path.Combine(folder, "inbox")).Select(Path.GetFileName))}");
        var staging = Path.Combine(folder, "data", "staging");
        text.AppendLine($"snapshots left {(Directory.Exists(staging) ? Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Length : 0)}");
        return text.ToString();
    }

    // Four files in a fixed arrival order: a big survey file, a resubmission replacing part of it,
    // an exact duplicate, and a broken file.
    private string Prepare(string name)
    {
        var folder = Path.Combine(_root, name);
        var inbox = Path.Combine(folder, "inbox");
        Directory.CreateDirectory(inbox);
        var t = DateTime.UtcNow.AddHours(-1);
        var big = WriteSurvey(inbox, "01-big.csv", Enumerable.Range(1, BigRows), score: 7, t);
        WriteSurvey(inbox, "02-fix.csv", Enumerable.Range(1, 500), score: 9, t.AddMinutes(1));
        File.Copy(big, Path.Combine(inbox, "03-copy.csv"));
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "03-copy.csv"), t.AddMinutes(2));
        File.WriteAllText(Path.Combine(inbox, "04-broken.csv"), "nothing,here\n1,2\n");
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "04-broken.csv"), t.AddMinutes(3));
        return folder;
    }

    private static string WriteSurvey(string inbox, string name, IEnumerable<int> ids, int score, DateTime modified)
    {
        var path = Path.Combine(inbox, name);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.WriteLine("样本编号,营业厅编码,调查日期,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10");
            foreach (var id in ids)
            {
                writer.WriteLine($"R{id:000000},0250101,2026-07-05,{score},{score},8,8,8,8,8,,8,9");
            }
        }

        File.SetLastWriteTimeUtc(path, modified);
        return path;
    }
}
