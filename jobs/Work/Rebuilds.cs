using System.Globalization;
using Hangfire;
using Hangfire.Storage;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// The record of each rebuild, kept in Hangfire's storage so that every worker on every machine sees it:
/// what was asked, the workbook jobs planned, which are written, and the files whose debt it settles
/// (claimed, so that a second scan does not plan them again while this rebuild is under way). The last
/// workbook job to finish settles the rebuild, under the rebuild's distributed lock.
/// </summary>
public sealed class Rebuilds(JobStorage storage, TimeProvider time)
{
    private const string Claims = "satisfaction:claims";
    private const string WorkbookPrefix = "wb:";
    private const string WrittenPrefix = "done:";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    public static string NewId() => Guid.NewGuid().ToString("N")[..16];

    /// <summary>Records a rebuild before its plan job is queued, so that its progress can be asked at once.</summary>
    public void Create(string id, string kind, string request, string planJobId)
    {
        using var connection = storage.GetConnection();
        connection.SetRangeInHash(Key(id), new Dictionary<string, string>
        {
            ["kind"] = kind,
            ["request"] = request,
            ["plan"] = planJobId,
            ["created"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The plan: the workbook jobs queued, the files whose debt this rebuild settles, and whether it saves the report state.</summary>
    public void Planned(string id, IReadOnlyDictionary<WorkbookScope, string> jobs, IReadOnlyCollection<long> files, bool savesState, string? message)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(files);
        using var connection = storage.GetConnection();
        var fields = jobs.ToDictionary(j => WorkbookPrefix + j.Key.Key, j => j.Value);
        fields["files"] = string.Join(',', files.Select(f => f.ToString(CultureInfo.InvariantCulture)));
        fields["savesState"] = savesState ? "1" : "0";
        fields["planned"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        if (message is not null)
        {
            fields["message"] = message;
        }

        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(id), fields);
        foreach (var file in files)
        {
            transaction.AddToSet(Claims, Claim(file, id));
        }

        transaction.Commit();
    }

    /// <summary>Records the job that writes a planned workbook.</summary>
    public void Queued(string id, WorkbookScope scope, string jobId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = storage.GetConnection();
        connection.SetRangeInHash(Key(id), [new(WorkbookPrefix + scope.Key, jobId)]);
    }

    /// <summary>
    /// Files claimed by a rebuild still under way. A rebuild whose workbook job failed for good or was deleted
    /// no longer holds its claims: its files are planned again by the next scan.
    /// </summary>
    public IReadOnlySet<long> Claimed(string? except = null)
    {
        using var connection = storage.GetConnection();
        var live = new Dictionary<string, bool>(StringComparer.Ordinal);
        var claimed = new HashSet<long>();
        foreach (var claim in connection.GetAllItemsFromSet(Claims) ?? [])
        {
            var (file, rebuild) = (claim[..claim.IndexOf(':', StringComparison.Ordinal)], claim[(claim.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            if (!live.TryGetValue(rebuild, out var isLive))
            {
                live[rebuild] = isLive = rebuild != except && Read(connection, rebuild) is { Finished: false };
            }

            if (isLive)
            {
                claimed.Add(long.Parse(file, CultureInfo.InvariantCulture));
            }
        }

        return claimed;
    }

    /// <summary>
    /// Records a workbook written (path null: its scope had no data left). When it is the rebuild's last,
    /// returns the files whose debt is settled and whether the report state is to be saved; otherwise null.
    /// </summary>
    public (IReadOnlyList<long> Files, bool SavesState)? Written(string id, WorkbookScope scope, string? relativePath)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = storage.GetConnection();
        using var gate = connection.AcquireDistributedLock("satisfaction:rebuild:" + id, LockTimeout);
        connection.SetRangeInHash(Key(id), [new(WrittenPrefix + scope.Key, relativePath ?? string.Empty)]);
        var fields = connection.GetAllEntriesFromHash(Key(id)) ?? [];
        var planned = fields.Keys.Where(k => k.StartsWith(WorkbookPrefix, StringComparison.Ordinal)).Select(k => k[WorkbookPrefix.Length..]);
        if (fields.ContainsKey("settled") || !planned.All(k => fields.ContainsKey(WrittenPrefix + k)))
        {
            return null;
        }

        var files = Files(fields);
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(id), [new("settled", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))]);
        foreach (var file in files)
        {
            transaction.RemoveFromSet(Claims, Claim(file, id));
        }

        transaction.Commit();
        return (files, fields.GetValueOrDefault("savesState") == "1");
    }

    public RebuildProgress? Progress(string id)
    {
        using var connection = storage.GetConnection();
        return Read(connection, id);
    }

    private static RebuildProgress? Read(IStorageConnection connection, string id)
    {
        var fields = connection.GetAllEntriesFromHash(Key(id));
        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        var workbooks = new List<WorkbookProgress>();
        foreach (var (field, jobId) in fields.Where(f => f.Key.StartsWith(WorkbookPrefix, StringComparison.Ordinal)))
        {
            var scope = WorkbookScope.FromKey(field[WorkbookPrefix.Length..]);
            workbooks.Add(fields.TryGetValue(WrittenPrefix + scope.Key, out var path)
                ? new WorkbookProgress(scope.Period, scope.Province, scope.City, jobId, RebuildProgress.Succeeded) { Path = path.Length == 0 ? null : path }
                : JobProgress(connection, scope, jobId));
        }

        workbooks.Sort((a, b) => string.CompareOrdinal(WorkbookScopeKey(a), WorkbookScopeKey(b)));
        var (state, message) = State(connection, fields, workbooks);
        return new RebuildProgress(id, state, workbooks)
        {
            Request = fields.GetValueOrDefault("request") ?? string.Empty,
            Message = message,
            CreatedUtc = fields.TryGetValue("created", out var created) ? DateTimeOffset.Parse(created, CultureInfo.InvariantCulture) : null,
        };
    }

    private static (string State, string? Message) State(IStorageConnection connection, Dictionary<string, string> fields, List<WorkbookProgress> workbooks)
    {
        if (!fields.ContainsKey("planned"))
        {
            // The nightly rebuild plans within its own job, which has no separate plan job to ask.
            if (!fields.TryGetValue("plan", out var planJob) || planJob.Length == 0)
            {
                return (RebuildProgress.Running, null);
            }

            var plan = connection.GetStateData(planJob);
            return plan?.Name switch
            {
                "Failed" or "Deleted" => (RebuildProgress.Failed, plan.Reason ?? Exception(plan)),
                "Processing" => (RebuildProgress.Running, null),
                _ => (RebuildProgress.Queued, null),
            };
        }

        if (workbooks.Count == 0)
        {
            return (RebuildProgress.Empty, fields.GetValueOrDefault("message"));
        }

        if (workbooks.All(w => w.State == RebuildProgress.Succeeded))
        {
            return (RebuildProgress.Succeeded, null);
        }

        var finished = workbooks.All(w => w.State is RebuildProgress.Succeeded or RebuildProgress.Failed);
        return finished
            ? (RebuildProgress.Failed, string.Join("; ", workbooks.Where(w => w.Reason is not null).Select(w => $"{w.Period} {w.City ?? w.Province}: {w.Reason}").Distinct()))
            : (RebuildProgress.Running, null);
    }

    private static WorkbookProgress JobProgress(IStorageConnection connection, WorkbookScope scope, string jobId)
    {
        var state = jobId.Length == 0 ? null : connection.GetStateData(jobId);
        var (name, reason) = state?.Name switch
        {
            "Failed" => (RebuildProgress.Failed, Exception(state)),
            "Deleted" => (RebuildProgress.Failed, "任务已删除 / the job was deleted"),
            "Processing" => ("processing", null),
            "Scheduled" => ("retrying", Exception(state)),
            null when jobId.Length > 0 => (RebuildProgress.Failed, "任务记录已不在任务库中 / the job's record is gone from the job storage"),
            _ => ("queued", null),
        };
        return new WorkbookProgress(scope.Period, scope.Province, scope.City, jobId, name) { Reason = reason };
    }

    private static string? Exception(StateData state) =>
        state.Data is { } data && data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason;

    private static IReadOnlyList<long> Files(Dictionary<string, string> fields) =>
        fields.TryGetValue("files", out var files) && files.Length > 0
            ? [.. files.Split(',').Select(f => long.Parse(f, CultureInfo.InvariantCulture))]
            : [];

    private static string WorkbookScopeKey(WorkbookProgress w) => new WorkbookScope(w.Period, w.Province, w.City).Key;

    private static string Claim(long file, string rebuild) => string.Create(CultureInfo.InvariantCulture, $"{file}:{rebuild}");

    private static string Key(string id) => "satisfaction:rebuild:" + id;
}
