namespace Satisfaction.Analysis.Reporting;

/// <summary>Every figure of a province workbook (省分报告) for one period: build once, render many ways.</summary>
public sealed record ProvinceReport
{
    public required string Province { get; init; }

    public required string Period { get; init; }

    public required string PreviousPeriod { get; init; }

    public required SchemeDescription Scheme { get; init; }

    public required ScopeSummary Summary { get; init; }

    public required IReadOnlyList<CityRankingRow> CityRanking { get; init; }

    public required IReadOnlyList<OutletRankingRow> OutletRanking { get; init; }

    /// <summary>The province's dimension scores, in scheme order (dimension profile chart).</summary>
    public required IReadOnlyList<DimensionComparisonRow> Dimensions { get; init; }

    public required IReadOnlyList<ItemLossRow> ItemLoss { get; init; }

    public required IReadOnlyList<VetoVisitRow> VetoVisits { get; init; }

    public required IReadOnlyList<SatisfactionRow> SatisfactionByCity { get; init; }

    public required SatisfactionRow? Satisfaction { get; init; }

    public required DriverSummary Drivers { get; init; }

    /// <summary>Province and city scores over the last periods (oldest first).</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }

    /// <summary>Every visit of the province, city by city (暗访明细).</summary>
    public IReadOnlyList<(string City, VisitRow Visit)> Visits { get; init; } = [];

    public required IReadOnlyList<double> VisitScores { get; init; }

    public required IReadOnlyList<CorrelationRow> Correlations { get; init; }

    public required QualityFlags Quality { get; init; }

    public required IReadOnlyList<InputFileRow> Inputs { get; init; }
}
