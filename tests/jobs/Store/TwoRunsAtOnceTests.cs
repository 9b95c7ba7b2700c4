using System.Text;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Tests.Store;

// Issue 8, point 4: two `run` processes started together on one inbox and one store. Each file ends exactly
// once (archived, duplicate or quarantined), no row is loaded twice, nothing is lost, and both exit 0 —
// the loser of a race for a file neither takes it again nor fails on the move the winner made.
public sealed class TwoRunsAtOnceTests : IDisposable
{
    private const int Files = 52;
    private const int RowsPerFile = 300;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-two-runs", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public async Task TwoRunsStartedTogetherTakeEachFileExactlyOnce(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var inbox = Path.Combine(_folder, "inbox");
        var expected = Prepare(inbox);
        string[] Args(string name) => store.With("run", "--inbox", inbox, "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "out-" + name), "--stable-seconds", "0");

        var runs = await Task.WhenAll(Task.Run(() => ChildProcess.Run(null, Args("a"))), Task.Run(() => ChildProcess.Run(null, Args("b"))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error + r.Output));
        using var read = store.Open(Path.Combine(_folder, "data"));
        var ledger = read.Ledger();
        Assert.Equal(Files, ledger.Count);
        Assert.Equal(Files, ledger.Select(e => e.Name).Distinct().Count());
        Assert.Equal(expected, (ledger.Count(e => e.Outcome == FileOutcome.Archived), ledger.Count(e => e.Outcome == FileOutcome.Duplicate), ledger.Count(e => e.Outcome == FileOutcome.Quarantined)));
        var archived = ledger.Where(e => e.Outcome == FileOutcome.Archived).ToList();
        Assert.Equal(archived.Count, archived.Select(e => e.Sha256).Distinct().Count());
        var rows = read.Current(FileKind.Survey).Select(r => r.Id).ToList();
        Assert.Equal(archived.Count * RowsPerFile, rows.Count);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Empty(read.Replacements());
        Assert.Empty(read.PendingMoves());
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.All(ledger, e => Assert.True(File.Exists(e.StoredPath) && File.Exists(e.ReportPath), e.Name));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "data", "staging"), "*", SearchOption.AllDirectories));
    }

    // 52 survey files in arrival order: every fifth repeats the content of the one before it (a duplicate),
    // the last is broken (quarantined).
    private static (int Archived, int Duplicates, int Quarantined) Prepare(string inbox)
    {
        Directory.CreateDirectory(inbox);
        var t = DateTime.UtcNow.AddHours(-1);
        var (archived, duplicates) = (0, 0);
        for (var i = 0; i < Files - 1; i++)
        {
            var duplicate = i % 5 == 4;
            var content = duplicate ? i - 1 : i;
            (archived, duplicates) = duplicate ? (archived, duplicates + 1) : (archived + 1, duplicates);
            var text = new StringBuilder("样本编号,营业厅编码,调查日期,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10\n");
            for (var r = 0; r < RowsPerFile; r++)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"F{content:00}-R{r:000},0250101,2026-07-05,8,8,8,8,8,8,8,,8,9\n");
            }

            Write(inbox, $"{i:00}-survey.csv", text.ToString(), t.AddSeconds(i));
        }

        Write(inbox, $"{Files - 1:00}-broken.csv", "nothing,here\n1,2\n", t.AddSeconds(Files));
        return (archived, duplicates, 1);
    }

    private static void Write(string inbox, string name, string text, DateTime modified)
    {
        var path = Path.Combine(inbox, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(path, modified);
    }
}
