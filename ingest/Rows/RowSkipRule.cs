using Satisfaction.Ingest.Text;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// Rows skipped without error (DATA-CONTRACT.md 2.4): blank rows, and rows whose first non-empty cell
/// is 合计, 总计, 小计, 平均 or 说明/注 (totals and notes under the table; "注：…", "平均分" count too).
/// </summary>
/// <remarks>
/// 合计, 总计, 小计, 平均 and 说明 skip whatever follows them (合计：, 平均分, 说明：…). 注 alone begins many
/// words (注册, 注销: outlet or comment text), so it skips only when followed by the end, a space, ':',
/// '：' or a digit (注, 注：…, 注 …, 注1). Cells are folded first, so full-width forms count.
/// </remarks>
public static class RowSkipRule
{
    private static readonly string[] Prefixes = ["合计", "总计", "小计", "平均", "说明"];

    public static bool IsSkipped(IReadOnlyList<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);

        foreach (var cell in cells)
        {
            var text = CellText.Of(cell);
            if (text is not null)
                return IsTotalOrNote(TextFolding.Fold(text));
        }

        return true;
    }

    private static bool IsTotalOrNote(string text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }

        return text.StartsWith('注') && (text.Length == 1 || text[1] == ':' || char.IsWhiteSpace(text[1]) || char.IsAsciiDigit(text[1]));
    }
}
