namespace Satisfaction.Ingest.Rows;

/// <summary>
/// One accepted data row: a visit (暗访) or a survey response, with its answers as the vendor wrote them
/// and as they were read, both in the JSON form the store keeps.
/// </summary>
public sealed record ParsedRecord
{
    public required string Id { get; init; }

    public required int Row { get; init; }

    public required string OutletCode { get; init; }

    public required DateOnly Date { get; init; }

    public string? ShopperId { get; init; }

    public string? Comment { get; init; }

    /// <summary>The answers as given, in their stored JSON form (made on the parsing thread, off the store's).</summary>
    public required string GivenJson { get; init; }

    /// <summary>The answers as read, in their stored JSON form.</summary>
    public required string ReadJson { get; init; }

    /// <summary>A hash of everything the row says, to tell identical repeats from conflicting ones.</summary>
    public required ulong ContentHash { get; init; }
}
