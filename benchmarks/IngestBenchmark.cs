using System.Diagnostics;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Benchmarks;

// End to end as production runs it: the file in an inbox, read, checked, written to a fresh SQLite
// store in one transaction, its error report written, the file archived.
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string source)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var outlets = OutletMasterLoader.Load(DefaultFiles.Resolve(null, "outlets.csv"));
        var root = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        var data = Path.Combine(root, "data");
        var target = Path.Combine(inbox, Path.GetFileName(source));
        File.Copy(source, target);
        try
        {
            var clock = Stopwatch.StartNew();
            using var store = SqliteIngestStore.InDataFolder(data);
            var phases = new List<(string Point, TimeSpan At)>();
            var options = new IngestOptions { Inbox = inbox, DataFolder = data, StableFor = TimeSpan.Zero, Checkpoint = point => phases.Add((point, clock.Elapsed)) };
            var runner = new IngestRunner(store, scheme, outlets, options, TimeProvider.System);
            var summary = await runner.RunOnceAsync();
            clock.Stop();
            var file = summary.Files.Single();
            var rows = file.RowsLoaded + file.RowsRejected;
            Console.WriteLine($"ingest: {file.Outcome} loaded {file.RowsLoaded:N0} rejected {file.RowsRejected:N0} in {clock.Elapsed.TotalSeconds:0.00} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s; peak RSS {PeakMemory.PeakRssMiB():0} MiB; store {new FileInfo(store.DatabasePath).Length / 1048576.0:0} MiB");
            Console.WriteLine("  phases: " + string.Join(", ", phases.Where((p, i) => p.Point != "rows" || i == 0 || phases[i + 1].Point != "rows").Select(p => $"{p.Point} {p.At.TotalSeconds:0.00}s")));
            return file.Outcome == FileOutcome.Archived ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
