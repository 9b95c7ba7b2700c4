namespace Satisfaction.Ingest.Pipeline;

/// <summary>Where files come from and go to, and how patient to be with files still being copied.</summary>
public sealed record IngestOptions
{
    public required string Inbox { get; init; }

    public required string DataFolder { get; init; }

    /// <summary>How long a file's size and modification time must stay unchanged before it is taken (default 3 s).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Issues listed one by one in an error report; beyond this they are counted (default 200,000).</summary>
    public int MaxListedIssues { get; init; } = 200_000;

    /// <summary>Called at named points of a file's processing; the crash-safety tests use it to kill the process there.</summary>
    public Action<string>? Checkpoint { get; init; }

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Inbox);
        ArgumentException.ThrowIfNullOrEmpty(DataFolder);
        ArgumentOutOfRangeException.ThrowIfNegative(StableFor.Ticks, nameof(StableFor));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxListedIssues, 1);
    }
}
