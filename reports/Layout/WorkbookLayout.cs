namespace Satisfaction.Reports.Layout;

/// <summary>
/// A whole workbook described as one list of sheets, in order; <see cref="Title"/> heads every printed page.
/// One writer (<see cref="Writing.XlsxWorkbookWriter"/>) turns any such description into the file.
/// </summary>
public sealed class WorkbookLayout
{
    public required string Title { get; init; }

    public required IReadOnlyList<SheetLayout> Sheets { get; init; }
}
