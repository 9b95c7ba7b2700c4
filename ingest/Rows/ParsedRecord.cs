using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// One accepted data row: a visit (暗访) or a survey response. <see cref="Given"/> and <see cref="Read"/>
/// are aligned with the layout's answer columns: the text as the vendor wrote it, and what it was read as.
/// </summary>
public sealed record ParsedRecord
{
    public required string Id { get; init; }

    public required int Row { get; init; }

    public required string OutletCode { get; init; }

    public required DateOnly Date { get; init; }

    public string? ShopperId { get; init; }

    public string? Comment { get; init; }

    public required string?[] Given { get; init; }

    public required Answer[] Read { get; init; }

    /// <summary>The answers as given, in their stored JSON form (made on the parsing thread, off the store's).</summary>
    public required string GivenJson { get; init; }

    /// <summary>The answers as read, in their stored JSON form.</summary>
    public required string ReadJson { get; init; }

    /// <summary>A hash of everything the row says, to tell identical repeats from conflicting ones.</summary>
    public required ulong ContentHash { get; init; }
}
