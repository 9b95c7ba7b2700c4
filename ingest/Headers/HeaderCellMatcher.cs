namespace Satisfaction.Ingest.Headers;

/// <summary>
/// Matches one header cell (DATA-CONTRACT.md 2.3): named fields by their accepted headers, and answer
/// columns by code prefix. Matching is case-insensitive after trimming and full-width folding.
/// </summary>
public static class HeaderCellMatcher
{
    /// <summary>
    /// The fields a header names, by the table of accepted headers. 问卷编号 names both
    /// <see cref="FieldKind.VisitId"/> and <see cref="FieldKind.RespondentId"/>. Empty when none.
    /// </summary>
    public static IReadOnlyList<FieldKind> MatchFields(string header) => throw new NotImplementedException();

    /// <summary>
    /// The code among <paramref name="codes"/> that the header starts with, followed by the end, a space,
    /// '.', '、', '-', '_', ':' (also '：') or a CJK character; null when none. "S10 推荐意愿" is S10, never S1.
    /// </summary>
    public static string? MatchCode(string header, IEnumerable<string> codes) => throw new NotImplementedException();

    /// <summary>
    /// True when the header looks like an answer code (letters then digits, then a follower as above)
    /// even if the scheme does not know it: such columns are reported as ignored.
    /// </summary>
    public static bool LooksLikeCode(string header) => throw new NotImplementedException();
}
