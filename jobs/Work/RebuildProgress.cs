namespace Satisfaction.Jobs.Work;

/// <summary>
/// Where a rebuild stands: queued (not yet planned), running, succeeded, failed (a workbook failed for good
/// and nothing is left running) or empty (no data for what was asked); and each workbook's own state.
/// </summary>
public sealed record RebuildProgress(string Id, string State, IReadOnlyList<WorkbookProgress> Workbooks)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Empty = "empty";

    /// <summary>What was asked, as text (e.g. "2026Q3 江苏 南京"), or what started the rebuild.</summary>
    public string Request { get; init; } = string.Empty;

    /// <summary>Why the rebuild failed or is empty, in both languages; null otherwise.</summary>
    public string? Message { get; init; }

    public DateTimeOffset? CreatedUtc { get; init; }

    public int Total => Workbooks.Count;

    public int Done => Workbooks.Count(w => w.State == Succeeded);

    public int FailedCount => Workbooks.Count(w => w.State == Failed);

    public bool Finished => State is Succeeded or Failed or Empty;
}

/// <summary>One workbook of a rebuild: its Hangfire job, its state, and the workbook written or why not.</summary>
public sealed record WorkbookProgress(string Period, string Province, string? City, string JobId, string State)
{
    /// <summary>The workbook written, relative to the out folder; null until written.</summary>
    public string? Path { get; init; }

    public string? Reason { get; init; }
}
