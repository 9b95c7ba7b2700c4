using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Ingest.Headers;

// One way of reading the top of a sheet as a header: a single row, or a group row combined with the
// row under it (for each column the lower cell when it has text, else the upper — the upper holds
// fixed columns merged vertically across both rows).
internal sealed class HeaderCandidate
{
    private HeaderCandidate(int lastRowNumber, int rowCount, IReadOnlyList<string> headers)
    {
        LastRowNumber = lastRowNumber;
        RowCount = rowCount;
        Headers = headers;
    }

    public int LastRowNumber { get; }

    public int RowCount { get; }

    public IReadOnlyList<string> Headers { get; }

    public Dictionary<FieldKind, int> Fields { get; } = [];

    public Dictionary<string, List<int>> ItemColumns { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<int>> QuestionColumns { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> UnknownCodeHeaders { get; } = [];

    public int Strength => Fields.Count + ItemColumns.Count + QuestionColumns.Count;

    public static HeaderCandidate Build(int lastRowNumber, int rowCount, IReadOnlyList<string> headers, ScoringScheme scheme)
    {
        var candidate = new HeaderCandidate(lastRowNumber, rowCount, headers);
        var itemCodes = scheme.Items.Select(i => i.Code).ToList();
        var questionCodes = scheme.Questions.Select(q => q.Code).ToList();
        for (var column = 0; column < headers.Count; column++)
        {
            var header = headers[column];
            if (header.Length == 0)
            {
                continue;
            }

            var fields = HeaderCellMatcher.MatchFields(header);
            foreach (var field in fields)
            {
                candidate.Fields.TryAdd(field, column);
            }

            if (HeaderCellMatcher.MatchCode(header, itemCodes) is { } item)
            {
                Add(candidate.ItemColumns, item, column);
            }
            else if (HeaderCellMatcher.MatchCode(header, questionCodes) is { } question)
            {
                Add(candidate.QuestionColumns, question, column);
            }
            else if (fields.Count == 0 && HeaderCellMatcher.LooksLikeCode(header))
            {
                candidate.UnknownCodeHeaders.Add(header);
            }
        }

        return candidate;
    }

    private static void Add(Dictionary<string, List<int>> columns, string code, int column)
    {
        if (!columns.TryGetValue(code, out var list))
        {
            columns[code] = list = [];
        }

        list.Add(column);
    }
}
