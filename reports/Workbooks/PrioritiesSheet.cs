using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>改进优先级, the same in both workbook kinds: DriverImportance, how it was found, the quadrant picture.</summary>
internal static class PrioritiesSheet
{
    public static SheetLayout Describe(string name, string period, string scope, DriverSummary drivers, CjkFont font) => new()
    {
        Name = name,
        Title = $"改进优先级（关键驱动分析）· {period}",
        Kind = SheetKind.Tables,
        TitleColumns = 6,
        Blocks = [new TableBlock<DriverRow> { Name = "DriverImportance", Columns = ReportTables.DriverImportance(), Items = drivers.Rows }, DriverNote.Of(drivers)],
        Drawings = [.. ReportDrawings.Quadrant(scope, period, drivers, font)],
    };
}
