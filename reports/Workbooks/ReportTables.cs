using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// The named tables of REPORTS.md: exact names, the contract's columns in its order (extra columns only
/// after them). Dimension columns take the scheme's dimension names (服务亲和 … 现场管理 by default).
/// </summary>
public static class ReportTables
{
    public static IReadOnlyList<TableColumn<CityRankingRow>> CityRanking(ScoringScheme scheme) =>
    [
        new("排名", r => r.Rank, ColumnKind.Count),
        new("地市", r => r.City, ColumnKind.Text),
        new("暗访得分", r => r.Score, ColumnKind.Score),
        .. Dimensions<CityRankingRow>(scheme, r => r.Dimensions),
        new("营业厅数", r => r.Outlets, ColumnKind.Count),
        new("暗访次数", r => r.Visits, ColumnKind.Count),
        new("上期得分", r => r.PreviousScore, ColumnKind.Score),
        new("变化", r => r.Change, ColumnKind.Change),
        new("显著", r => r.ChangeTest?.Significant == true ? "显著" : null, ColumnKind.Text),
        new("p值", r => r.ChangeTest?.PValue, ColumnKind.Number),
    ];

    /// <summary>The province's OutletRanking: 省排名 and 地市 first.</summary>
    public static IReadOnlyList<TableColumn<OutletRankingRow>> ProvinceOutletRanking(ScoringScheme scheme) =>
        OutletRanking(scheme, [new("省排名", r => r.Rank, ColumnKind.Count), new("地市", r => r.City, ColumnKind.Text)]);

    /// <summary>The city's OutletRanking: 市排名 first; 上期得分 and 变化 are part of its contract.</summary>
    public static IReadOnlyList<TableColumn<OutletRankingRow>> CityOutletRanking(ScoringScheme scheme) =>
        OutletRanking(scheme, [new("市排名", r => r.Rank, ColumnKind.Count)]);

    public static IReadOnlyList<TableColumn<ItemLossRow>> ItemLoss() =>
    [
        new("题号", r => r.Code, ColumnKind.Text),
        new("检查项", r => r.Text, ColumnKind.Text),
        new("维度", r => r.Dimension, ColumnKind.Text),
        new("适用次数", r => r.Applicable, ColumnKind.Count),
        new("失分率", r => r.LossRate, ColumnKind.Rate),
        new("不合格率", r => r.FailRate, ColumnKind.Rate),
    ];

    public static IReadOnlyList<TableColumn<VetoVisitRow>> ProvinceVetoVisits() =>
    [
        new("访问编号", r => r.VisitId, ColumnKind.VendorText),
        new("地市", r => r.City, ColumnKind.Text),
        new("营业厅名称", r => r.OutletName, ColumnKind.Text),
        new("访问日期", r => r.Date, ColumnKind.Date),
        new("否决项", r => string.Join(',', r.FailedItems), ColumnKind.Text),
    ];

    public static IReadOnlyList<TableColumn<VetoVisitRow>> CityVetoVisits() =>
    [
        new("访问编号", r => r.VisitId, ColumnKind.VendorText),
        new("营业厅名称", r => r.OutletName, ColumnKind.Text),
        new("访问日期", r => r.Date, ColumnKind.Date),
        new("否决项", r => string.Join(',', r.FailedItems), ColumnKind.Text),
    ];

    public static IReadOnlyList<TableColumn<SatisfactionRow>> SatisfactionByCity() =>
    [
        new("地市", r => r.Name, ColumnKind.Text),
        new("满意度指数", r => r.Index, ColumnKind.Score),
        new("总体满意度", r => r.Overall, ColumnKind.Score),
        new("满意度Top2", r => r.Top2, ColumnKind.Rate),
        new("NPS", r => r.Nps, ColumnKind.Score),
        new("样本量", r => r.SampleSize, ColumnKind.Count),
        new("指数下限", r => r.IndexLow, ColumnKind.Score),
        new("指数上限", r => r.IndexHigh, ColumnKind.Score),
        new("排名", r => r.Rank, ColumnKind.Count),
        new("上期指数", r => r.PreviousIndex, ColumnKind.Score),
        new("变化", r => r.Change, ColumnKind.Change),
        new("显著", r => r.ChangeTest?.Significant == true ? "显著" : null, ColumnKind.Text),
    ];

    public static IReadOnlyList<TableColumn<SatisfactionRow>> SatisfactionByOutlet() =>
    [
        new("营业厅编码", r => r.Code, ColumnKind.Text),
        new("营业厅名称", r => r.Name, ColumnKind.Text),
        new("满意度指数", r => r.Index, ColumnKind.Score),
        new("总体满意度", r => r.Overall, ColumnKind.Score),
        new("NPS", r => r.Nps, ColumnKind.Score),
        new("样本量", r => r.SampleSize, ColumnKind.Count),
        new("样本不足", r => r.InsufficientSample, ColumnKind.Text),
        new("满意度Top2", r => r.Top2, ColumnKind.Rate),
        new("排名", r => r.Rank, ColumnKind.Count),
        new("上期指数", r => r.PreviousIndex, ColumnKind.Score),
        new("变化", r => r.Change, ColumnKind.Change),
    ];

    public static IReadOnlyList<TableColumn<DriverRow>> DriverImportance() =>
    [
        new("触点", r => $"{r.Code} {r.Text}", ColumnKind.Text),
        new("重要性", r => r.Importance, ColumnKind.Rate),
        new("表现", r => r.Performance, ColumnKind.Score),
        new("象限", r => r.Quadrant, ColumnKind.Text),
    ];

    public static IReadOnlyList<TableColumn<DimensionComparisonRow>> DimensionComparison() =>
    [
        new("维度", r => r.Dimension, ColumnKind.Text),
        new("本市", r => r.City, ColumnKind.Score),
        new("全省", r => r.Province, ColumnKind.Score),
        new("差值", r => r.Difference, ColumnKind.Change),
    ];

    public static IReadOnlyList<TableColumn<VisitRow>> Visits(ScoringScheme scheme) =>
    [
        new("访问编号", r => r.VisitId, ColumnKind.VendorText),
        new("营业厅编码", r => r.OutletCode, ColumnKind.Text),
        new("访问日期", r => r.Date, ColumnKind.Date),
        new("暗访得分", r => r.Score, ColumnKind.Score),
        .. Dimensions<VisitRow>(scheme, r => r.Dimensions),
        new("否决", r => r.Vetoed, ColumnKind.Text),
        new("备注", r => r.Comment, ColumnKind.VendorText),
        new("营业厅名称", r => r.OutletName, ColumnKind.Text),
        new("访员编号", r => r.ShopperId, ColumnKind.VendorText),
    ];

    // Both rankings share everything after their leading columns; the province's 上期得分 and 变化 are extra.
    private static IReadOnlyList<TableColumn<OutletRankingRow>> OutletRanking(ScoringScheme scheme, IReadOnlyList<TableColumn<OutletRankingRow>> leading) =>
    [
        .. leading,
        new("营业厅编码", r => r.OutletCode, ColumnKind.Text),
        new("营业厅名称", r => r.OutletName, ColumnKind.Text),
        new("暗访得分", r => r.Score, ColumnKind.Score),
        .. Dimensions<OutletRankingRow>(scheme, r => r.Dimensions),
        new("暗访次数", r => r.Visits, ColumnKind.Count),
        new("等级", r => r.Grade, ColumnKind.Text),
        new("样本不足", r => r.InsufficientSample, ColumnKind.Text),
        new("上期得分", r => r.PreviousScore, ColumnKind.Score),
        new("变化", r => r.Change, ColumnKind.Change),
    ];

    private static IEnumerable<TableColumn<T>> Dimensions<T>(ScoringScheme scheme, Func<T, IReadOnlyList<double?>> values) =>
        scheme.Dimensions.Select((d, i) => new TableColumn<T>(d.Name, r => values(r)[i], ColumnKind.Score));
}
