namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// One recorded delivery attempt: which office, which channel, which workbook (its path under the out folder,
/// the SHA-256 of the bytes sent and the hash of its content), where it went (the file written, or the
/// recipients), when, with what outcome and, on failure, the error.
/// </summary>
public sealed record DeliveryAttempt
{
    public long Id { get; init; }

    public required string Office { get; init; }

    public required DeliveryChannel Channel { get; init; }

    public required string Period { get; init; }

    public required string Workbook { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The hash of what the workbook shows, without the parts a writer makes new each time (see <see cref="WorkbookContent"/>).</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file written (folder) or the recipients, comma separated (mail).</summary>
    public required string Target { get; init; }

    public required DateTime AttemptedUtc { get; init; }

    public required DeliveryOutcome Outcome { get; init; }

    /// <summary>The attempt's number for this delivery: 1, then each retry.</summary>
    public int Attempt { get; init; } = 1;

    public string? Error { get; init; }
}

public enum DeliveryOutcome
{
    Delivered,
    Failed,
}
