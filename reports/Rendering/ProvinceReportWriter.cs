using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

/// <summary>
/// Writes a province workbook (<see cref="ProvinceWorkbook"/>) to a temporary file renamed into place, its
/// pictures also as PNG beside it. Safe to call from several threads at once, one workbook per call.
/// </summary>
public static class ProvinceReportWriter
{
    public static WrittenWorkbook Write(ProvinceReport report, string outFolder, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        return WorkbookFile.Write(ReportPaths.Province(outFolder, report.Period, report.Province), outFolder, ProvinceWorkbook.Describe(report, font));
    }
}
