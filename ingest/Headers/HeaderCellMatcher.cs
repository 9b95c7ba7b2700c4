using System.Collections.Frozen;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Headers;

/// <summary>
/// Matches one header cell (DATA-CONTRACT.md 2.3): named fields by their accepted headers, and answer
/// columns by code prefix. Matching is case-insensitive after trimming and full-width folding.
/// </summary>
/// <remarks>
/// Named fields compare <see cref="TextFolding.Key"/>s, so spaces inside a header are ignored too
/// ("Visit Id" is VisitId). A code is ASCII letters then digits; what follows it decides whether the
/// header is that code's column, so "S10 推荐意愿" is S10 and never S1, and "A1(站姿)" is no code at all.
/// </remarks>
public static class HeaderCellMatcher
{
    private static readonly FrozenDictionary<string, FieldKind[]> Fields = BuildFields();

    /// <summary>
    /// The fields a header names, by the table of accepted headers. 问卷编号 names both
    /// <see cref="FieldKind.VisitId"/> and <see cref="FieldKind.RespondentId"/>. Empty when none.
    /// </summary>
    public static IReadOnlyList<FieldKind> MatchFields(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Fields.TryGetValue(TextFolding.Key(header), out var kinds) ? kinds : [];
    }

    /// <summary>
    /// The code among <paramref name="codes"/> that the header starts with, followed by the end, a space,
    /// '.', '、', '-', '_', ':' (also '：') or a CJK character; null when none. "S10 推荐意愿" is S10, never S1.
    /// </summary>
    public static string? MatchCode(string header, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(codes);

        var folded = TextFolding.Fold(header);
        string? best = null;
        var bestLength = 0;
        foreach (var code in codes)
        {
            var key = TextFolding.Key(code);
            if (key.Length > bestLength
                && folded.StartsWith(key, StringComparison.OrdinalIgnoreCase)
                && IsFollower(folded, key.Length))
            {
                best = code;
                bestLength = key.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the header looks like an answer code (letters then digits, then a follower as above)
    /// even if the scheme does not know it: such columns are reported as ignored.
    /// </summary>
    public static bool LooksLikeCode(string header)
    {
        ArgumentNullException.ThrowIfNull(header);

        var folded = TextFolding.Fold(header);
        var i = 0;
        while (i < folded.Length && char.IsAsciiLetter(folded[i]))
            i++;
        if (i == 0)
            return false;

        var digits = i;
        while (i < folded.Length && char.IsAsciiDigit(folded[i]))
            i++;
        return i > digits && IsFollower(folded, i);
    }

    /// <summary>Whether the character at <paramref name="index"/> may follow a code (the end counts).</summary>
    private static bool IsFollower(string text, int index)
    {
        if (index >= text.Length)
            return true;

        var c = text[index];
        return char.IsWhiteSpace(c)
            || c is '.' or '、' or '-' or '_' or ':' or '：'
            || c is >= '\u4E00' and <= '\u9FFF'
            || c is >= '\u3400' and <= '\u4DBF';
    }

    private static FrozenDictionary<string, FieldKind[]> BuildFields()
    {
        (FieldKind Kind, string[] Headers)[] table =
        [
            (FieldKind.VisitId, ["访问编号", "暗访编号", "问卷编号", "VisitId"]),
            (FieldKind.RespondentId, ["样本编号", "问卷编号", "受访者编号", "RespondentId"]),
            (FieldKind.OutletCode, ["营业厅编码", "厅编码", "网点编码", "OutletCode"]),
            (FieldKind.OutletName, ["营业厅名称", "营业厅", "网点名称", "OutletName"]),
            (FieldKind.City, ["地市", "城市", "市", "City"]),
            (FieldKind.Date, ["访问日期", "暗访日期", "调查日期", "日期", "Date"]),
            (FieldKind.ShopperId, ["访员编号", "暗访员", "ShopperId"]),
            (FieldKind.Comment, ["备注", "主要问题点", "意见建议", "Comment"]),
        ];

        return table
            .SelectMany(row => row.Headers.Select(header => (Key: TextFolding.Key(header), row.Kind)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Kind).ToArray(), StringComparer.Ordinal);
    }
}
