using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Work;
using Satisfaction.Reports.Tests.Support;
using Satisfaction.Tests.Shared;
using Xunit.Abstractions;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>
/// Two <c>satisfaction serve</c> processes — two workers, as on two machines — on one PostgreSQL store and one
/// inbox, out and data folder. A province-scale inbox (1,300 outlets, 13 cities, two quarters) is dropped; both
/// servers take workbook jobs; one is killed outright (SIGKILL) while it writes one; the other finishes its own
/// jobs and the killed one's once the short invisibility timeout has passed. Nothing is lost or doubled.
/// </summary>
public sealed partial class TwoWorkersTests(ITestOutputHelper output) : IDisposable
{
    private const string Province = "江苏";
    private static readonly string[] Periods = ["2026Q2", "2026Q3"];
    private readonly RunFolder _folder = new();
    private readonly List<HostProcess> _hosts = [];

    [SkippableFact]
    public void TwoServersShareTheWorkAndTheSurvivorFinishesWhatAKilledOneHeld()
    {
        using var database = TestPostgres.Create();
        var (master, files, rows) = GenerateProvince();
        var serve = ServeArgs(master, database.ConnectionString);

        // Each host 2 workers; a dead worker's job is handed on after 20 s instead of 5 minutes; no scan but the
        // watcher's (the minute's could list the inbox half-way through the drop and split it over two rebuilds).
        var environment = new Dictionary<string, string>
        {
            ["SATISFACTION_Host__InvisibilityTimeoutSeconds"] = "20",
            ["SATISFACTION_Host__Workers"] = "2",
            ["SATISFACTION_Host__ScanCron"] = "0 0 1 1 *",
        };
        var survivor = Start(serve, environment);

        // The second server's workbook jobs each take 2 s more: the writer is fast enough (~0.1 s a city workbook)
        // that a job seen in hand could be finished before the kill lands, and then nothing would be handed over.
        var killed = Start(serve, new Dictionary<string, string>(environment) { [TestHold.Variable] = "2" });
        var storage = new HostStore(_folder.Data, new StoreSettings { Kind = StoreKind.Postgres, Connection = database.ConnectionString, DataFolder = _folder.Data }).JobStorage();
        var monitor = storage.GetMonitoringApi();
        Eventually.True(() => monitor.Servers().Count == 2, TimeSpan.FromSeconds(30), () => "servers: " + string.Join(", ", monitor.Servers().Select(s => s.Name)));

        // The scans each host runs at start are over (they would list the inbox while the files land).
        Eventually.True(() => HostQueues.Quiet(monitor), TimeSpan.FromMinutes(1), () => survivor.Output + killed.Output);

        Drop(files);
        var dropped = System.Diagnostics.Stopwatch.StartNew();

        // Kill the second server while it is writing a workbook, after it has finished at least one of its own.
        var seenOnKilled = new HashSet<string>(StringComparer.Ordinal);
        Eventually.True(
            () =>
            {
                var now = WorkbookJobsProcessingOn(monitor, killed);
                seenOnKilled.UnionWith(now);
                return now.Count > 0 && seenOnKilled.Except(now).Any(id => State(storage, id) == "Succeeded");
            },
            TimeSpan.FromMinutes(4),
            () => survivor.Output + killed.Output);
        killed.KillOutright();
        var killedAt = dropped.Elapsed;
        var inFlight = WorkbookJobsProcessingOn(monitor, killed);
        Assert.NotEmpty(inFlight);

        // Every dropped file taken once, by one scan or a few (a scan that lists the inbox while the files land takes
        // those it saw, the next one the rest); then every rebuild they queued finished by the survivor.
        Eventually.True(() => FilesTaken().Sum(s => s.Files) == files.Count, TimeSpan.FromMinutes(2), () => survivor.Output);

        // A second scan's rebuild may find its files claimed by the first one's and plan nothing ("empty").
        var progresses = FilesTaken().Select(s => s.Rebuild).Distinct().Select(rebuild => Eventually.Value(
            () => Progress(survivor, rebuild) is { } p && p.GetProperty("state").GetString() is "succeeded" or "failed" or "empty" ? p : (JsonElement?)null,
            TimeSpan.FromMinutes(4),
            () => survivor.Output)).ToList();
        Assert.False(survivor.HasExited);
        Assert.All(progresses, p => Assert.Contains(p.GetProperty("state").GetString(), new[] { "succeeded", "empty" }));
        var finishedAt = dropped.Elapsed;

        // Every expected workbook, each job done: the job history shows both servers, the killed one's jobs finished by the survivor.
        var jobs = progresses.SelectMany(p => p.GetProperty("workbooks").EnumerateArray())
            .ToDictionary(w => w.GetProperty("jobId").GetString()!, w => w.GetProperty("path").GetString()!);
        var expected = ExpectedWorkbooks(files);
        Assert.Equal(expected, jobs.Values.Distinct().Order(StringComparer.Ordinal));
        var runs = jobs.Keys.ToDictionary(id => id, id => ProcessingServers(monitor, id));
        Assert.All(jobs.Keys, id => Assert.Equal("Succeeded", State(storage, id)));
        Assert.Contains(runs.Values, servers => servers.Count == 1 && IsOn(servers[0], killed));
        Assert.Contains(runs.Values, servers => servers.Count == 1 && IsOn(servers[0], survivor));
        Assert.All(inFlight, id => Assert.True(runs[id] is [var first, .., var last] && IsOn(first, killed) && IsOn(last, survivor), id + ": " + string.Join(" → ", runs[id])));
        Assert.All(runs.Where(r => !inFlight.Contains(r.Key)), r => Assert.True(r.Value.Count == 1, r.Key + " ran " + r.Value.Count + " times: " + string.Join(" → ", r.Value)));

        output.WriteLine($"{files.Count} files in {progresses.Count} rebuild(s); {jobs.Count} workbook jobs: {runs.Values.Count(r => IsOn(r[^1], survivor))} finished by the survivor, "
            + $"{runs.Values.Count(r => IsOn(r[^1], killed))} by the killed server before it was killed {killedAt.TotalSeconds:0} s after the drop with {inFlight.Count} in hand; "
            + $"all done {finishedAt.TotalSeconds:0} s after the drop");

        // Written once per rebuild that planned it: a job runs twice only if its server died under it, and then writes the same
        // workbook over itself. (A write by the killed server may miss the log if it died before the line reached the file.)
        var planned = jobs.Values.CountBy(p => p).ToDictionary();
        var ranOnKilled = jobs.Where(j => runs[j.Key].Any(s => IsOn(s, killed))).Select(j => j.Value).ToHashSet(StringComparer.Ordinal);
        var rerun = inFlight.Select(id => jobs[id]).CountBy(p => p).ToDictionary();
        var rebuilds = progresses.Select(p => p.GetProperty("id").GetString()).ToHashSet(StringComparer.Ordinal);
        var writes = HostLogs.Entries(_folder.Data)
            .Where(e => HostLogs.Template(e) == "Workbook written: {Workbook}" && rebuilds.Contains(HostLogs.Property(e, "Rebuild")))
            .CountBy(e => HostLogs.Property(e, "Workbook")!).ToDictionary();
        Assert.All(expected, w => Assert.InRange(writes.GetValueOrDefault(w), ranOnKilled.Contains(w) ? 0 : planned[w], planned[w] + rerun.GetValueOrDefault(w)));

        AssertOutFolderHoldsExactlyTheWorkbooksComplete(expected, killed.Id);
        AssertLedgerHasEachFileOnceArchived(files, rows, database.ConnectionString);
        Assert.Empty(Directory.GetFiles(_folder.Inbox));
    }

    [SkippableFact]
    public void AJobLongerThanTheInvisibilityTimeoutOnALiveWorkerIsNotTakenByAnother()
    {
        using var database = TestPostgres.Create();
        _folder.AddVisits("暗访-苏州.csv", ("V1", RunFolder.Suzhou, "2026-07-10", 4), ("V2", RunFolder.Suzhou, "2026-08-11", 3));
        string[] serve = [.. HostProcess.ServeArgs(_folder), "--store", "postgres", "--connection", database.ConnectionString];
        const string Timeout = "10";

        // The first server holds each workbook job 30 s, three times the timeout; the second joins once the first has them.
        var slow = Start(serve, new Dictionary<string, string> { ["SATISFACTION_Host__InvisibilityTimeoutSeconds"] = Timeout, [TestHold.Variable] = "30" });
        var monitor = new HostStore(_folder.Data, new StoreSettings { Kind = StoreKind.Postgres, Connection = database.ConnectionString, DataFolder = _folder.Data }).JobStorage().GetMonitoringApi();
        Eventually.True(() => WorkbookJobsProcessingOn(monitor, slow).Count > 0, TimeSpan.FromMinutes(2), () => slow.Output);
        var held = WorkbookJobsProcessingOn(monitor, slow);
        var other = Start(serve, new Dictionary<string, string> { ["SATISFACTION_Host__InvisibilityTimeoutSeconds"] = Timeout });

        var rebuild = Assert.Single(FilesTaken()).Rebuild;
        var progress = Eventually.Value(() => Progress(other, rebuild) is { } p && p.GetProperty("state").GetString() is "succeeded" or "failed" ? p : (JsonElement?)null, TimeSpan.FromMinutes(3), () => slow.Output + other.Output);
        Assert.Equal("succeeded", progress.GetProperty("state").GetString());
        Assert.All(held, id => Assert.Equal([true], ProcessingServers(monitor, id).Select(s => IsOn(s, slow))));
        Assert.All(progress.GetProperty("workbooks").EnumerateArray(), w => Assert.Single(ProcessingServers(monitor, w.GetProperty("jobId").GetString()!)));
        Assert.Equal(2, HostLogs.WorkbooksWritten(_folder.Data).Count);
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _folder.Dispose();
    }

    private HostProcess Start(string[] serve, Dictionary<string, string> environment)
    {
        var host = HostProcess.Start(serve, environment);
        _hosts.Add(host);
        return host;
    }

    /// <summary>The province-scale inbox: 13 cities' mystery and survey files for two quarters, and its 1,300-outlet master.</summary>
    private (string Master, IReadOnlyList<string> Files, int Rows) GenerateProvince()
    {
        var generated = Path.Combine(_folder.Root, "generated");
        var (exit, printed, error) = ChildProcess.Run(
            null, "generate", "--out", generated, "--outlet-count", "1300", "--periods", string.Join(',', Periods), "--split", "ByCity", "--visits-per-outlet", "4", "--responses-per-outlet", "30");
        Assert.True(exit == 0, printed + error);
        var rows = ExpectLoaded().Matches(printed).Sum(m => int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        var files = Directory.GetFiles(generated).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(26, files.Count);
        return (generated + "-outlets.csv", files, rows);
    }

    private string[] ServeArgs(string master, string connection) =>
        ["serve", "--inbox", _folder.Inbox, "--data", _folder.Data, "--out", _folder.Out, "--stable-seconds", "1",
            "--outlets", master, "--scheme", Path.Combine(RunFolder.Samples, "scheme.json"), "--store", "postgres", "--connection", connection];

    /// <summary>Moves the files into the inbox, each by one rename, as a vendor's upload tool finishing them would.</summary>
    private void Drop(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(_folder.Inbox, Path.GetFileName(file)));
        }
    }

    private static List<string> ExpectedWorkbooks(IReadOnlyList<string> files)
    {
        var cities = files.Select(f => Path.GetFileNameWithoutExtension(f).Split('-')[1]).Distinct().ToList();
        Assert.Equal(13, cities.Count);
        return [.. Periods.SelectMany(p => cities.Select(c => $"{p}/{Province}/{c}/{c}_{p}_地市报告.xlsx").Append($"{p}/{Province}/{Province}_{p}_省分报告.xlsx"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Only the workbooks and the pictures beside them, nothing half-written beside them; in <c>.writing/</c> at most what the
    /// killed process left mid-write (the next start of a host there removes it). Each workbook opens and validates.
    /// </summary>
    private void AssertOutFolderHoldsExactlyTheWorkbooksComplete(List<string> expected, int killedProcess)
    {
        var everything = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var files = Directory.GetFiles(_folder.Out, "*", everything).Select(f => Path.GetRelativePath(_folder.Out, f)).ToList();
        var writing = files.Where(f => f.StartsWith(".writing/", StringComparison.Ordinal)).ToList();
        var placed = files.Except(writing).ToList();
        Assert.Equal(expected, placed.Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var stems = expected.Select(w => w[..^".xlsx".Length] + "_").ToList();
        Assert.All(placed.Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)), f => Assert.True(f.EndsWith(".png", StringComparison.Ordinal) && stems.Any(s => f.StartsWith(s, StringComparison.Ordinal)), f));
        Assert.All(writing, f => Assert.Contains(string.Create(CultureInfo.InvariantCulture, $".{killedProcess}."), f, StringComparison.Ordinal));

        foreach (var workbook in expected)
        {
            using var reader = new WorkbookReader(Path.Combine(_folder.Out, workbook));
            Assert.NotEmpty(reader.SheetNames());
            Assert.NotEmpty(reader.Charts());
            var errors = reader.ValidationErrors();
            Assert.True(errors.Count == 0, workbook + ": " + string.Join('\n', errors.Take(5)));
        }
    }

    private void AssertLedgerHasEachFileOnceArchived(IReadOnlyList<string> files, int rows, string connection)
    {
        var (exit, status, error) = ChildProcess.Run(null, "status", "--json", "--data", _folder.Data, "--store", "postgres", "--connection", connection);
        Assert.True(exit == 0, error);
        var ledger = JsonDocument.Parse(status).RootElement.EnumerateArray().ToList();
        Assert.Equal(files.Select(Path.GetFileName).Order(StringComparer.Ordinal), ledger.Select(e => e.GetProperty("file").GetString()).Order(StringComparer.Ordinal));
        Assert.All(ledger, e => Assert.Equal("archived", e.GetProperty("outcome").GetString()));
        Assert.All(ledger, e => Assert.False(e.GetProperty("reportsOwed").GetBoolean()));
        Assert.Equal(rows, ledger.Sum(e => e.GetProperty("rowsLoaded").GetInt32()));
    }

    /// <summary>The scans that took files: how many, and the rebuild each queued.</summary>
    private List<(int Files, string Rebuild)> FilesTaken() =>
        [.. HostLogs.Entries(_folder.Data)
            .Where(e => HostLogs.Template(e)?.StartsWith("Scan took", StringComparison.Ordinal) == true && HostLogs.Property(e, "Files") is { } n && n != "0")
            .Select(e => (int.Parse(HostLogs.Property(e, "Files")!, CultureInfo.InvariantCulture), HostLogs.Property(e, "Rebuild")!))];


    private static JsonElement? Progress(HostProcess host, string rebuild)
    {
        using var response = host.Client.GetAsync(new Uri("/api/reruns/" + rebuild, UriKind.Relative)).GetAwaiter().GetResult();
        return response.IsSuccessStatusCode ? JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.Clone() : null;
    }

    private static HashSet<string> WorkbookJobsProcessingOn(IMonitoringApi monitor, HostProcess host) =>
        [.. monitor.ProcessingJobs(0, 100).Where(j => j.Value.Job?.Type == typeof(WorkbookJob) && IsOn(j.Value.ServerId, host)).Select(j => j.Key)];

    /// <summary>The servers that took the job, in order (Hangfire's state history is newest first).</summary>
    private static List<string> ProcessingServers(IMonitoringApi monitor, string jobId) =>
        [.. monitor.JobDetails(jobId).History.Where(h => h.StateName == "Processing").Reverse().Select(h => h.Data["ServerId"])];

    private static string? State(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    // Hangfire names a server "<ServerName>:<guid>", lower-cased; the host's ServerName is "<machine>:<process id>".
    private static bool IsOn(string serverId, HostProcess host) =>
        serverId.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{host.Id}:"), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"expect ([\d,]+) loaded")]
    private static partial Regex ExpectLoaded();
}
