using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Errors;

/// <summary>
/// One problem in a vendor file, located as the vendor sees it in Excel: sheet, row number, column letter
/// and header. Row and column are null for problems of the whole file.
/// </summary>
public sealed record RowIssue(
    IssueSeverity Severity,
    string Sheet,
    int? Row,
    int? Column,
    string? Header,
    string? Value,
    Problem Problem)
{
    /// <summary>The Excel column letter (A, B, …, AA) of a 0-based column index.</summary>
    public string? ColumnLetter => Column is { } c ? ExcelColumn.Letter(c) : null;

    public static RowIssue ForFile(IssueSeverity severity, string sheet, Problem problem) =>
        new(severity, sheet, null, null, null, null, problem);
}
