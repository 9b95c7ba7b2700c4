namespace Satisfaction.Ingest.Rows;

/// <summary>
/// Rows skipped without error (DATA-CONTRACT.md 2.4): blank rows, and rows whose first non-empty cell
/// is 合计, 总计, 小计, 平均 or 说明/注 (totals and notes under the table; "注：…", "平均分" count too).
/// </summary>
public static class RowSkipRule
{
    public static bool IsSkipped(IReadOnlyList<object?> cells) => throw new NotImplementedException();
}
