using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Writes one workbook — one province's or one city's, of one period — from data already scored: the entry
/// point of a per-workbook job. Safe to run twice: the same data writes the same workbook, renamed into place.
/// </summary>
public static class SingleWorkbook
{
    /// <summary>True when the scope still has rows in its period (a resubmission or a changed master can empty it).</summary>
    public static bool HasData(ScoredPeriods periods, WorkbookScope scope)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(scope);
        var data = periods[Period.Parse(scope.Period)];
        return data.Provinces.Contains(scope.Province, StringComparer.Ordinal)
            && (scope.City is null || data.CitiesOf(scope.Province).Contains(scope.City, StringComparer.Ordinal));
    }

    /// <summary>Builds the report model of the scope; <paramref name="beforeWriting"/> runs between building and writing (where a job may stop).</summary>
    public static WrittenScope Write(ReportBuilder builder, WorkbookScope scope, string outFolder, CjkFont font, Action? beforeWriting = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(font);
        var period = Period.Parse(scope.Period);
        if (scope.City is null)
        {
            var province = builder.Province(period, scope.Province);
            beforeWriting?.Invoke();
            return new WrittenScope(province.Period, scope.Province, null, ProvinceReportWriter.Write(province, outFolder, font).Path, province.Summary);
        }

        var city = builder.City(period, scope.Province, scope.City);
        beforeWriting?.Invoke();
        return new WrittenScope(city.Period, scope.Province, scope.City, CityReportWriter.Write(city, outFolder, font).Path, city.Summary);
    }
}
