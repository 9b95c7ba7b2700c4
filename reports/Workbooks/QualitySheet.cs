using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Headers;
using Satisfaction.Reports.Layout;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// 数据质量: flags for analysts to look at — straight-lining, outlying shoppers — and the rows left out:
/// outlets no longer in the master, answers the scheme in force no longer allows.
/// </summary>
internal static class QualitySheet
{
    public static SheetLayout Describe(string name, string period, QualityFlags flags) => new()
    {
        Name = name,
        Title = $"数据质量提示 · {period}（前两表仅供核查，数据已计入；后两表所列数据未计入）",
        Kind = SheetKind.Document,
        TitleColumns = 7,
        Blocks =
        [
            new TableBlock<ShopperOutlierRow>
            {
                Name = "ShopperOutliers",
                Caption = "访员评分偏离（同一营业厅与其他访员相比）",
                Columns =
                [
                    new("访员编号", r => r.ShopperId, ColumnKind.VendorText),
                    new("可比暗访次数", r => r.Visits, ColumnKind.Count),
                    new("营业厅数", r => r.Outlets, ColumnKind.Count),
                    new("平均偏离", r => r.MeanDeviation, ColumnKind.Change),
                    new("方向", r => r.Direction, ColumnKind.Text),
                ],
                Items = flags.ShopperOutliers,
            },
            new TableBlock<StraightLinerRow>
            {
                Name = "StraightLiners",
                Caption = "满意度问卷直线作答（所有触点同一答案）",
                Columns =
                [
                    new("样本编号", r => r.RespondentId, ColumnKind.VendorText),
                    new("地市", r => r.City, ColumnKind.Text),
                    new("营业厅编码", r => r.OutletCode, ColumnKind.Text),
                    new("营业厅名称", r => r.OutletName, ColumnKind.Text),
                    new("答案", r => r.Answer, ColumnKind.Number),
                    new("作答触点数", r => r.Touchpoints, ColumnKind.Count),
                ],
                Items = flags.StraightLiners,
            },
            new TableBlock<string>
            {
                Name = "OutletsNotInMaster",
                Caption = "主数据中已不存在的营业厅编码（其数据未计入）",
                Columns = [new("营业厅编码", c => c, ColumnKind.VendorText)],
                Items = flags.OutletsNotInMaster,
            },
            new TableBlock<DisallowedAnswer>
            {
                Name = "DisallowedAnswers",
                Caption = "评分方案不再允许的已存答案（所在行未计入）",
                Columns =
                [
                    new("类型", a => a.Kind.Chinese(), ColumnKind.Text),
                    new("编号", a => a.RecordId, ColumnKind.VendorText),
                    new("地市", a => a.Outlet.City, ColumnKind.Text),
                    new("营业厅编码", a => a.Outlet.Code, ColumnKind.Text),
                    new("题号", a => a.Code, ColumnKind.Text),
                    new("答案", a => a.Value, ColumnKind.VendorText),
                    new("方案规则", a => a.Rule, ColumnKind.Text),
                ],
                Items = flags.DisallowedAnswers,
            },
        ],
    };
}
