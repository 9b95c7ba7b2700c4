namespace Satisfaction.Ingest.Values;

/// <summary>
/// The text of a cell as the vendor meant it. Excel cells arrive as double, DateTime, bool or string;
/// ids typed as numbers (1001 stored as 1001.0) come back as "1001", never "1001.0" or "1E+3".
/// </summary>
public static class CellText
{
    /// <summary>Null for an empty or whitespace-only cell; otherwise the text, trimmed (not folded).</summary>
    public static string? Of(object? cell) => throw new NotImplementedException();
}
