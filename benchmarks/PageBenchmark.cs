using System.Diagnostics;
using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Benchmarks;

// The analysts' page with a long ledger: a store seeded with N ledger entries (a third quarantined, with
// reasons), the host built as `serve` builds it, then the page, the ledger API and a later ledger page
// fetched over loopback HTTP, each timed many times after a few warm-up requests.
internal static class PageBenchmark
{
    public static async Task<int> RunAsync(int files)
    {
        var root = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        var folders = new WorkFolders(
            Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName,
            Directory.CreateDirectory(Path.Combine(root, "data")).FullName,
            Directory.CreateDirectory(Path.Combine(root, "out")).FullName,
            null, null, TimeSpan.FromSeconds(3));
        try
        {
            var seeding = Stopwatch.StartNew();
            Seed(folders.Data, files);
            Console.WriteLine($"seeded {files:N0} ledger entries in {seeding.Elapsed.TotalSeconds:0.0} s");
            var port = LoopbackPort.Free();
            var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
            await using var app = SatisfactionHost.Build(folders, new HostSettings { Urls = url, ScanCron = "0 0 1 1 *", RebuildCron = "0 0 1 1 *" }, TimeProvider.System);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var worst = TimeSpan.Zero;
            foreach (var path in new[] { "/", "/api/ledger", "/?page=150" })
            {
                var times = new List<double>();
                for (var i = 0; i < 5 + 40; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    var body = await response.Content.ReadAsStringAsync();
                    clock.Stop();
                    response.EnsureSuccessStatusCode();
                    if (i >= 5)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                var p95 = times[(int)(times.Count * 0.95) - 1];
                worst = TimeSpan.FromMilliseconds(Math.Max(worst.TotalMilliseconds, p95));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-12} median {times[times.Count / 2]:0.0} ms, p95 {p95:0.0} ms, max {times[^1]:0.0} ms"));
            }

            await app.StopAsync();
            Console.WriteLine($"page with {files:N0} files in the ledger: p95 {worst.TotalMilliseconds:0} ms (target < 200 ms); peak RSS {PeakMemory.PeakRssMiB():0} MiB");
            return worst < TimeSpan.FromMilliseconds(200) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Ledger entries as ingest records them, without rows: the page reads the ledger, not the rows.
    private static void Seed(string data, int files)
    {
        using var store = SqliteIngestStore.InDataFolder(data);
        store.Migrate();
        var now = DateTimeOffset.UtcNow.AddDays(-files / 100.0);
        for (var i = 1; i <= files; i++)
        {
            using var load = store.BeginLoad();
            var quarantined = i % 3 == 0;
            var name = string.Create(CultureInfo.InvariantCulture, $"{i:00000}-暗访-2026Q3-南京.csv");
            var stored = Path.Combine(data, quarantined ? "quarantine" : "archive", "2026-07", string.Create(CultureInfo.InvariantCulture, $"{load.FileId:000000}_{name}"));
            load.Record(new LedgerEntry
            {
                Id = load.FileId,
                Name = name,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))),
                Size = 10_000 + i,
                ModifiedUtc = now.AddMinutes(i),
                ProcessedUtc = now.AddMinutes(i),
                Kind = FileKind.MysteryShop,
                Outcome = quarantined ? FileOutcome.Quarantined : FileOutcome.Archived,
                RowsLoaded = quarantined ? 0 : 120,
                RowsRejected = quarantined ? 40 : 2,
                Reasons = quarantined ? ["被拒绝的数据行过多：40/160（25.0%），超过 20%，整个文件不予加载 / too many rejected rows: 40 of 160 (25.0%), over 20%: nothing of the file is loaded"] : [],
                InboxPath = Path.Combine(data, "inbox", name),
                StoredPath = stored,
                ReportPath = stored + ".report.xlsx",
                Moved = true,
            });
            load.Commit();
        }

        store.MarkReported([.. store.FilesOwingReports()]);
    }
}
