namespace Satisfaction.Analysis.Reporting;

/// <summary>Every figure of a city workbook (地市报告) for one period.</summary>
public sealed record CityReport
{
    public required string Province { get; init; }

    public required string City { get; init; }

    public required string Period { get; init; }

    public required string PreviousPeriod { get; init; }

    public required SchemeDescription Scheme { get; init; }

    public required ScopeSummary Summary { get; init; }

    public required IReadOnlyList<OutletRankingRow> OutletRanking { get; init; }

    public required IReadOnlyList<DimensionComparisonRow> DimensionComparison { get; init; }

    public required IReadOnlyList<ItemLossRow> ItemLoss { get; init; }

    public required IReadOnlyList<VetoVisitRow> VetoVisits { get; init; }

    public required IReadOnlyList<SatisfactionRow> SatisfactionByOutlet { get; init; }

    public required SatisfactionRow? Satisfaction { get; init; }

    public required IReadOnlyList<VisitRow> Visits { get; init; }

    /// <summary>The city's drivers when it has enough respondents; otherwise the reason.</summary>
    public required DriverSummary Drivers { get; init; }

    /// <summary>The city's and the province's score over the last periods (oldest first).</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }

    public required IReadOnlyList<double> VisitScores { get; init; }

    public required IReadOnlyList<InputFileRow> Inputs { get; init; }
}
