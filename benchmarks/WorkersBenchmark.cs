using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Satisfaction.Benchmarks;

// Issue 10, "Many workers": the same province-scale inbox (1,300 outlets in 13 cities; per quarter 4 visits and
// 40 survey responses an outlet, i.e. ~5,200 visits and ~52,000 responses: a province's share of 6.4 million
// responses a year over 31 provinces) through one `satisfaction serve`, then through two on the same PostgreSQL
// store, each a child process with the default 2 workers and 3-second stability wait, on fresh folders and a
// fresh database. The clock runs from the files landing in the inbox to the last workbook in the out folder.
// CPU is what the serve processes and the PostgreSQL server (every backend) spent in that time, from /proc.
internal static class WorkersBenchmark
{
    private const int CitiesPerProvince = 13;

    /// <param name="server">Connection string to a PostgreSQL server where databases can be created (scripts/test-postgres start).</param>
    /// <param name="postgresData">The server's data folder (its postmaster.pid), for its CPU; "-" when not readable.</param>
    public static int Run(string server, string postgresData, int periods, IReadOnlyList<int> hostCounts, int repeats)
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "satisfaction-bench", "workers-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var quarters = Quarters(periods);
            var generated = Path.Combine(root, "generated");
            Console.WriteLine($"generating a province: 1,300 outlets, 13 cities, {string.Join(',', quarters)}, 4 visits and 40 responses per outlet and quarter …");
            ProductProcess.Run("generate", "--out", generated, "--outlet-count", "1300", "--periods", string.Join(',', quarters), "--split", "ByCity", "--visits-per-outlet", "4", "--responses-per-outlet", "40");
            var postmaster = Postmaster(postgresData);
            var workbooks = periods * (CitiesPerProvince + 1);
            var runs = new List<Measured>();
            foreach (var hosts in hostCounts)
            {
                for (var repeat = 1; repeat <= repeats; repeat++)
                {
                    var measured = Once(server, postmaster, root, generated, hosts, workbooks, periods);
                    runs.Add(measured);
                    Console.WriteLine(measured.Describe(periods, workbooks));
                }
            }

            Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()} (cores: {Environment.ProcessorCount})");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Measured Once(string server, int? postmaster, string root, string generated, int hostCount, int workbooks, int periods)
    {
        var run = Path.Combine(root, $"run-{hostCount}-{Guid.NewGuid():N}"[..16]);
        var inbox = Directory.CreateDirectory(Path.Combine(run, "inbox")).FullName;
        var outFolder = Path.Combine(run, "out");
        var drop = Directory.CreateDirectory(Path.Combine(run, "drop")).FullName;
        foreach (var file in Directory.GetFiles(generated))
        {
            File.Copy(file, Path.Combine(drop, Path.GetFileName(file)));
        }

        var database = "bench_workers_" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var hosts = new List<Process>();
        try
        {
            for (var i = 0; i < hostCount; i++)
            {
                var port = LoopbackPort.Free();
                var host = ProductProcess.Start("serve", "--inbox", inbox, "--data", Path.Combine(run, "data"), "--out", outFolder,
                    "--outlets", generated + "-outlets.csv", "--store", "postgres", "--connection", connection,
                    "--urls", ProductProcess.Urls(port));
                hosts.Add(host);
                ProductProcess.WaitUntilAnswering(port, host);
            }

            // The scans each host runs at start are over before the files land.
            Thread.Sleep(TimeSpan.FromSeconds(5));
            var cpuBefore = hosts.Select(h => ProcessMeter.CpuSeconds(h.Id)).ToList();
            var databaseBefore = postmaster is { } pm ? ProcessMeter.ServerTreeCpuSeconds(pm) : double.NaN;
            var clock = Stopwatch.StartNew();
            foreach (var file in Directory.GetFiles(drop))
            {
                File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
            }

            TimeSpan? first = null;
            while (ProductProcess.Workbooks(outFolder) is var written && written < workbooks)
            {
                if (written > 0)
                {
                    first ??= clock.Elapsed;
                }

                if (clock.Elapsed > TimeSpan.FromMinutes(30) || hosts.Any(h => h.HasExited))
                {
                    throw new TimeoutException($"{written} of {workbooks} workbooks after {clock.Elapsed.TotalSeconds:0} s");
                }

                Thread.Sleep(200);
            }

            clock.Stop();
            var cpu = hosts.Select((h, i) => ProcessMeter.CpuSeconds(h.Id) - cpuBefore[i]).ToList();
            var databaseCpu = postmaster is { } master ? ProcessMeter.ServerTreeCpuSeconds(master) - databaseBefore : double.NaN;
            var peaks = hosts.Select(h => ProcessMeter.PeakRssMiB(h.Id)).ToList();
            return new Measured(hostCount, clock.Elapsed, first ?? clock.Elapsed, cpu, databaseCpu, peaks);
        }
        finally
        {
            foreach (var host in hosts)
            {
                ProductProcess.Stop(host);
            }

            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(run, recursive: true);
        }
    }

    private static List<string> Quarters(int count) =>
        [.. Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{2026 + (i / 4)}Q{(i % 4) + 1}"))];

    private static int? Postmaster(string postgresData)
    {
        var pidFile = Path.Combine(postgresData, "postmaster.pid");
        return postgresData != "-" && File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed record Measured(int Hosts, TimeSpan Wall, TimeSpan FirstWorkbook, IReadOnlyList<double> Cpu, double DatabaseCpu, IReadOnlyList<double> PeakRss)
    {
        public string Describe(int periods, int workbooks)
        {
            var serveCpu = Cpu.Sum();
            var total = serveCpu + (double.IsNaN(DatabaseCpu) ? 0 : DatabaseCpu);
            return string.Create(CultureInfo.InvariantCulture, $"""
                {Hosts} serve process(es), 2 workers each: {workbooks} workbooks in {Wall.TotalSeconds:0.0} s = {workbooks / Wall.TotalMinutes:0.0} workbooks/min (first after {FirstWorkbook.TotalSeconds:0.0} s: ingest, plan, scoring)
                  per province-period ({periods}): {Wall.TotalSeconds / periods:0.0} s wall, {total / periods:0.0} CPU-s (serve {serveCpu / periods:0.0}, PostgreSQL {DatabaseCpu / periods:0.0}); CPU per serve [{string.Join(", ", Cpu.Select(c => c.ToString("0.0", CultureInfo.InvariantCulture)))}] s
                  peak RSS per serve: [{string.Join(", ", PeakRss.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))}] MiB; load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}
                """);
        }
    }
}
