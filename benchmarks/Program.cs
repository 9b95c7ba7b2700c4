using System.Diagnostics;
using System.Globalization;
using Satisfaction.Benchmarks;

// Benchmarks that measure what the issues name, end to end, in a fresh process each, so peak RSS is
// the measured work's own:
//   dotnet run -c Release --project benchmarks -- survey-csv FILE ROWS      writes a UTF-8 survey CSV
//   dotnet run -c Release --project benchmarks -- ingest FILE|FOLDER [CONNECTION]   ingests into a fresh SQLite store,
//                                            or a fresh database on the PostgreSQL server CONNECTION names
//   … drivers N                              the key-driver model of a province of N respondents
//   … scoring RESPONSES VISITS               scoring and aggregating, then the province report model
//   … reports OUTLETS-PER-CITY VISITS RESPONSES   a province workbook and its 13 city workbooks
//   … reports-peer [QUARTERS OUTLETS-PER-CITY VISITS RESPONSES]   the peer's 56 workbooks (4 100 20800 208000), writers timed alone
//   … page FILES                             the analysts' page of a host whose ledger holds FILES files
//   … report-pass DATA OUTLETS [--no-writing] a report pass over a filled store, phase by phase, one thread
//   … serve-latency                          `satisfaction serve`: from the sample inbox landing to its last workbook
//   … delivery OUTLETS-PER-CITY VISITS RESPONSES  those workbooks delivered to 14 offices by folder and mail, then again unchanged
//   … workers SERVER PGDATA PERIODS HOSTS REPEATS   a province-scale inbox through 1, then 2 serve processes on one
//                                            PostgreSQL store (HOSTS e.g. 1,2): workbooks/min, CPU, peak memory
// benchmarks/run-ingest.sh and benchmarks/run-all.sh run them with the issues' sizes.
return args switch
{
    ["survey-csv", var path, var rows] => SurveyCsv.Write(path, int.Parse(rows, CultureInfo.InvariantCulture)),
    ["ingest", var path] => await IngestBenchmark.RunAsync(path, null),
    ["ingest", var path, var postgres] => await IngestBenchmark.RunAsync(path, postgres),
    ["drivers", var n] => DriverBenchmark.Run(int.Parse(n, CultureInfo.InvariantCulture)),
    ["scoring", var responses, var visits] => ScoringBenchmark.Run(int.Parse(responses, CultureInfo.InvariantCulture), int.Parse(visits, CultureInfo.InvariantCulture)),
    ["page", var files] => await PageBenchmark.RunAsync(int.Parse(files, CultureInfo.InvariantCulture)),
    ["serve-latency"] => ServeLatencyBenchmark.Run(),
    ["delivery", var outletsPerCity, var visits, var responses] => DeliveryBenchmark.Run(int.Parse(outletsPerCity, CultureInfo.InvariantCulture), int.Parse(visits, CultureInfo.InvariantCulture), int.Parse(responses, CultureInfo.InvariantCulture)),
    ["workers", var server, var postgresData, var periods, var hosts, var repeats] => WorkersBenchmark.Run(
        server, postgresData, int.Parse(periods, CultureInfo.InvariantCulture), [.. hosts.Split(',').Select(h => int.Parse(h, CultureInfo.InvariantCulture))], int.Parse(repeats, CultureInfo.InvariantCulture)),
    ["report-pass", var data, var outlets] => ReportPassBenchmark.Run(data, outlets),
    ["report-pass", var data, var outlets, "--no-writing"] => ReportPassBenchmark.Run(data, outlets, write: false),
    ["reports", var outletsPerCity, var visits, var responses] => ReportsBenchmark.Run(int.Parse(outletsPerCity, CultureInfo.InvariantCulture), int.Parse(visits, CultureInfo.InvariantCulture), int.Parse(responses, CultureInfo.InvariantCulture)),
    ["reports-peer"] => ReportsBenchmark.RunPeer(4, 100, 20_800, 208_000),
    ["reports-peer", var quarters, var outletsPerCity, var visits, var responses] => ReportsBenchmark.RunPeer(int.Parse(quarters, CultureInfo.InvariantCulture), int.Parse(outletsPerCity, CultureInfo.InvariantCulture), int.Parse(visits, CultureInfo.InvariantCulture), int.Parse(responses, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: survey-csv FILE ROWS | ingest FILE | drivers N | scoring RESPONSES VISITS | reports OUTLETS-PER-CITY VISITS RESPONSES | reports-peer [QUARTERS OUTLETS-PER-CITY VISITS RESPONSES] | page FILES | report-pass DATA OUTLETS | serve-latency | delivery OUTLETS-PER-CITY VISITS RESPONSES | workers SERVER PGDATA PERIODS HOSTS REPEATS");
    return 2;
}

namespace Satisfaction.Benchmarks
{
    internal static class PeakMemory
    {
        /// <summary>Peak resident set size of this process (VmHWM), in MiB.</summary>
        public static double PeakRssMiB()
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        public static TimeSpan Time(Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }
    }
}
