using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Headers;

/// <summary>The header found at the top of a sheet, or the best explanation of why there is none.</summary>
public sealed record HeaderSearchResult(ColumnLayout? Layout, Problem? Problem, int Strength)
{
    /// <summary>The kind the codes tell even when the header is unusable (a mystery file missing its date column).</summary>
    public FileKind? Kind { get; init; }

    public bool Found => Layout is not null;
}
