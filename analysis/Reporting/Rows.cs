namespace Satisfaction.Analysis.Reporting;

// The rows of the named tables of REPORTS.md, one record per table, columns in the contract's order.
// Scores are 0–100, rates are fractions (0.123), dimension arrays follow the scheme's dimension order,
// null is an empty cell.

/// <summary>CityRanking: 排名, 地市, 暗访得分, five dimensions, 营业厅数, 暗访次数, 上期得分, 变化 (+ whether the change is 显著).</summary>
public sealed record CityRankingRow(
    int? Rank,
    string City,
    double Score,
    IReadOnlyList<double?> Dimensions,
    int Outlets,
    int Visits,
    double? PreviousScore,
    double? Change,
    ChangeTest? ChangeTest);

/// <summary>
/// OutletRanking: 省排名 (province) or 市排名 (city), 地市, 营业厅编码, 营业厅名称, 暗访得分, dimensions, 暗访次数,
/// 等级, 样本不足, 上期得分, 变化. <see cref="Rank"/> is null when the sample is too small.
/// </summary>
public sealed record OutletRankingRow(
    int? Rank,
    string City,
    string OutletCode,
    string OutletName,
    double Score,
    IReadOnlyList<double?> Dimensions,
    int Visits,
    string Grade,
    bool InsufficientSample,
    double? PreviousScore,
    double? Change);

/// <summary>ItemLoss: 题号, 检查项, 维度, 适用次数, 失分率 (null for veto items), 不合格率.</summary>
public sealed record ItemLossRow(string Code, string Text, string? Dimension, int Applicable, double? LossRate, double FailRate);

/// <summary>VetoVisits: 访问编号, 地市, 营业厅名称, 访问日期, 否决项 (failed veto codes, in scheme order).</summary>
public sealed record VetoVisitRow(string VisitId, string City, string OutletCode, string OutletName, DateOnly Date, IReadOnlyList<string> FailedItems);

/// <summary>
/// SatisfactionByCity / SatisfactionByOutlet: 满意度指数 (with its 95% interval where n ≥ 2), 总体满意度, 满意度Top2,
/// NPS, 样本量, 样本不足. <see cref="Name"/> is the city or outlet name; <see cref="Code"/> the outlet code.
/// </summary>
public sealed record SatisfactionRow(
    string Name,
    string? Code,
    double? Index,
    double? IndexLow,
    double? IndexHigh,
    double? Overall,
    double? Top2,
    double? Nps,
    int SampleSize,
    bool InsufficientSample,
    int? Rank,
    double? PreviousIndex,
    double? Change,
    ChangeTest? ChangeTest);

/// <summary>DriverImportance: 触点, 重要性 (share, summing to 1), 表现 (mean converted score), 象限.</summary>
public sealed record DriverRow(string Code, string Text, double Importance, double Performance, string Quadrant);

/// <summary>DimensionComparison: 维度, 本市, 全省, 差值 — one row per dimension in scheme order.</summary>
public sealed record DimensionComparisonRow(string Dimension, double? City, double? Province, double? Difference);

/// <summary>Visits (city workbook): 访问编号, 营业厅编码, 访问日期, 暗访得分, dimensions, 否决, 备注.</summary>
public sealed record VisitRow(
    string VisitId,
    string OutletCode,
    string OutletName,
    DateOnly Date,
    double Score,
    IReadOnlyList<double?> Dimensions,
    bool Vetoed,
    string? Comment,
    string? ShopperId);

/// <summary>Whether a change between two periods is real: Welch's t-test, 显著 at p &lt; 0.05.</summary>
public sealed record ChangeTest(double T, double DegreesOfFreedom, double PValue, int CurrentN, int PreviousN)
{
    public const double Alpha = 0.05;

    public bool Significant => PValue < Alpha;
}

/// <summary>One point of a trend line: a scope's score in a period (null when it had no data then).</summary>
public sealed record TrendPoint(string Period, string Scope, double? Score);

/// <summary>An input file behind the figures (方法说明).</summary>
public sealed record InputFileRow(string Name, string Sha256, int RowsLoaded, int RowsRejected);

/// <summary>Do the audits predict what customers feel? Pearson r between outlets' mystery score and satisfaction index.</summary>
public sealed record CorrelationRow(string Scope, double? R, int Outlets);

/// <summary>A respondent who gave every answered touchpoint the same answer (straight-lining).</summary>
public sealed record StraightLinerRow(string RespondentId, string City, string OutletCode, string OutletName, double Answer, int Touchpoints);

/// <summary>A shopper whose scores sit far from other shoppers' at the same outlets.</summary>
public sealed record ShopperOutlierRow(string ShopperId, int Visits, int Outlets, double MeanDeviation, string Direction);
