namespace Satisfaction.Ingest.Rows;

/// <summary>
/// One accepted data row: a visit (暗访) or a survey response, with its answers as the vendor wrote them
/// and as they were read, both in the compact form the store keeps (<see cref="AnswerCells"/>).
/// </summary>
public sealed record ParsedRecord
{
    public required string Id { get; init; }

    public required int Row { get; init; }

    public required string OutletCode { get; init; }

    public required DateOnly Date { get; init; }

    public string? ShopperId { get; init; }

    public string? Comment { get; init; }

    /// <summary>The answer codes the cells follow: one list per file, the same instance for each of its rows.</summary>
    public required IReadOnlyList<string> Codes { get; init; }

    /// <summary>The answers as given, in their stored form (made on the parsing thread, off the store's).</summary>
    public required byte[] Given { get; init; }

    /// <summary>The answers as read, in their stored form.</summary>
    public required byte[] Read { get; init; }

    /// <summary>A hash of everything the row says, to tell identical repeats from conflicting ones.</summary>
    public required ulong ContentHash { get; init; }
}
