namespace Satisfaction.Ingest.Reading;

/// <summary>
/// One row of a sheet as read: its row number as Excel shows it (1-based, counting blank rows), and its
/// cells (string for CSV; string, double, DateTime or bool for Excel; null for empty). Trailing empty
/// cells may be trimmed, so a row can be shorter than the header.
/// </summary>
public readonly record struct RawRow(int Number, object?[] Cells);
