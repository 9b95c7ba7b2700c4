using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Rendering;

/// <summary>
/// Writes a city workbook (<see cref="CityWorkbook"/>) to a temporary file renamed into place, its pictures
/// also as PNG beside it. Safe to call from several threads at once, one workbook per call.
/// </summary>
public static class CityReportWriter
{
    public static WrittenWorkbook Write(CityReport report, string outFolder, CjkFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        return WorkbookFile.Write(ReportPaths.City(outFolder, report.Period, report.Province, report.City), outFolder, CityWorkbook.Describe(report, font));
    }
}
