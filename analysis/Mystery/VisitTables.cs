using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Mystery;

/// <summary>Visit-level tables: VetoVisits of a province or city, and a city's Visits; by date then visit id.</summary>
public static class VisitTables
{
    /// <summary>Every vetoed visit of the province (<paramref name="city"/> null) or city (SCORING.md 1.4).</summary>
    public static IReadOnlyList<VetoVisitRow> VetoVisits(MysteryPeriodResult current, string province, string? city = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        return [.. (current.Area(province, city)?.Visits ?? []).Where(v => v.Vetoed).Select(v => new VetoVisitRow(
            v.Visit.VisitId, v.Visit.Outlet.City, v.Visit.Outlet.Code, v.Visit.Outlet.Name, v.Visit.Date, v.FailedVetoItems))];
    }

    /// <summary>The Visits table of a city workbook: every scored visit of the city.</summary>
    public static IReadOnlyList<VisitRow> Visits(MysteryPeriodResult current, string province, string city)
    {
        ArgumentNullException.ThrowIfNull(current);
        return [.. (current.City(province, city)?.Visits ?? []).Select(v => new VisitRow(
            v.Visit.VisitId, v.Visit.Outlet.Code, v.Visit.Outlet.Name, v.Visit.Date, v.Score, v.Dimensions, v.Vetoed, v.Visit.Comment, v.Visit.ShopperId))];
    }
}
