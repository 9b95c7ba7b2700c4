using System.Diagnostics;
using Npgsql;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Benchmarks;

// End to end as production runs it: the files in an inbox, read, checked, written to a fresh store (a new
// SQLite file, or a new database on the PostgreSQL server given) one transaction per file, error reports
// written, files archived. SOURCE is a file or a folder (`satisfaction generate` output; its
// `<folder>-outlets.csv` beside it is the master). Survey rows/s is the survey file's rows over its own
// time, from the moment the file before it was done to its own end.
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string source, string? postgres)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var master = Directory.Exists(source) && File.Exists(source.TrimEnd('/') + "-outlets.csv") ? source.TrimEnd('/') + "-outlets.csv" : DefaultFiles.Resolve(null, "outlets.csv");
        var outlets = OutletMasterLoader.Load(master);
        var root = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        var data = Path.Combine(root, "data");
        var arrival = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.Exists(source) ? [.. Directory.GetFiles(source).Order(StringComparer.Ordinal)] : new[] { source })
        {
            var target = Path.Combine(inbox, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, arrival = arrival.AddSeconds(1));
        }

        var database = postgres is null ? null : BenchDatabase.Create(postgres);
        try
        {
            var settings = new StoreSettings { Kind = database is null ? StoreKind.Sqlite : StoreKind.Postgres, Connection = database?.ConnectionString, DataFolder = data };
            var clock = Stopwatch.StartNew();
            using var store = StoreFactory.Open(settings);
            var phases = new List<(string Point, TimeSpan At)>();
            var options = new IngestOptions { Inbox = inbox, DataFolder = data, StableFor = TimeSpan.Zero, Checkpoint = point => phases.Add((point, clock.Elapsed)) };
            var runner = new IngestRunner(store, scheme, outlets, options, TimeProvider.System);
            var ends = new List<(LedgerEntry File, TimeSpan At)>();
            runner.FileDone += (_, entry) => ends.Add((entry, clock.Elapsed));
            var summary = await runner.RunOnceAsync();
            clock.Stop();
            var rows = summary.Files.Sum(f => f.RowsLoaded + f.RowsRejected);
            Console.WriteLine($"ingest [{settings.Kind}]: {summary.Files.Count} file(s), loaded {summary.Files.Sum(f => f.RowsLoaded):N0} rejected {summary.Files.Sum(f => f.RowsRejected):N0} in {clock.Elapsed.TotalSeconds:0.00} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s; peak RSS {PeakMemory.PeakRssMiB():0} MiB");
            for (var i = 0; i < ends.Count; i++)
            {
                var took = ends[i].At - (i == 0 ? TimeSpan.Zero : ends[i - 1].At);
                var fileRows = ends[i].File.RowsLoaded + ends[i].File.RowsRejected;
                Console.WriteLine($"  {ends[i].File.Kind?.Stored() ?? "?"} {ends[i].File.Name}: {fileRows:N0} rows in {took.TotalSeconds:0.00} s = {fileRows / took.TotalSeconds:N0} rows/s{(i == 0 ? " (with start-up)" : string.Empty)}");
            }

            Console.WriteLine("  phases: " + string.Join(", ", phases.Where((p, i) => p.Point != "rows" || i == 0 || phases[i + 1].Point != "rows").Select(p => $"{p.Point} {p.At.TotalSeconds:0.00}s")));
            return summary.Files.All(f => f.Outcome == FileOutcome.Archived) ? 0 : 1;
        }
        finally
        {
            database?.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    // A fresh database on the server for one run, dropped afterwards.
    private sealed class BenchDatabase : IDisposable
    {
        private readonly string _server;
        private readonly string _name = "bench_" + Guid.NewGuid().ToString("N");

        private BenchDatabase(string server)
        {
            _server = server;
            Execute($"CREATE DATABASE {_name}");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        }

        public string ConnectionString { get; }

        public static BenchDatabase Create(string server) => new(server);

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }

        private void Execute(string sql)
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
