using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Reading;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Headers;

/// <summary>
/// Finds the header (DATA-CONTRACT.md 2.3): the first row among the first 10 that holds the required
/// columns, possibly as the lower row of a two-row header with merged group cells. Title rows above it
/// are skipped. Also tells the kind of the file from the codes it holds (2.2).
/// </summary>
public static class HeaderLocator
{
    /// <summary>How many rows from the top may hold the header.</summary>
    public const int SearchRows = 10;

    public static HeaderSearchResult Locate(IReadOnlyList<RawRow> top, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(scheme);
        HeaderCandidate? best = null;
        var limit = Math.Min(SearchRows, top.Count);
        for (var i = 0; i < limit; i++)
        {
            var single = HeaderCandidate.Build(top[i].Number, 1, Texts(top[i].Cells), scheme);
            if (Accept(single, scheme) is { } layout)
            {
                return new HeaderSearchResult(layout, null, single.Strength);
            }

            best = Stronger(best, single);
            if (i + 1 < top.Count && top[i + 1].Number == top[i].Number + 1)
            {
                var combined = HeaderCandidate.Build(top[i + 1].Number, 2, Combine(top[i].Cells, top[i + 1].Cells), scheme);
                if (Accept(combined, scheme) is { } twoRow)
                {
                    // A title row above a complete header is no group row: say the header is the one row.
                    var lower = HeaderCandidate.Build(top[i + 1].Number, 1, Texts(top[i + 1].Cells), scheme);
                    return Accept(lower, scheme) is { } oneRow
                        ? new HeaderSearchResult(oneRow, null, lower.Strength)
                        : new HeaderSearchResult(twoRow, null, combined.Strength);
                }

                best = Stronger(best, combined);
            }
        }

        return new HeaderSearchResult(null, Explain(best), best?.Strength ?? 0) { Kind = best is null ? null : KindOf(best) };
    }

    private static HeaderCandidate Stronger(HeaderCandidate? a, HeaderCandidate b) =>
        a is null || b.Strength > a.Strength ? b : a;

    private static ColumnLayout? Accept(HeaderCandidate candidate, ScoringScheme scheme)
    {
        var kind = KindOf(candidate);
        if (kind is null || Missing(candidate, kind.Value).Count > 0 || Duplicated(candidate, kind.Value) is not null)
        {
            return null;
        }

        var codes = kind == FileKind.MysteryShop
            ? scheme.Items.Select(i => i.Code)
            : scheme.Questions.Select(q => q.Code);
        var columns = kind == FileKind.MysteryShop ? candidate.ItemColumns : candidate.QuestionColumns;
        var fields = new Dictionary<FieldKind, int>(candidate.Fields);
        var idField = kind == FileKind.MysteryShop ? FieldKind.RespondentId : FieldKind.VisitId;
        fields.Remove(idField);
        return new ColumnLayout
        {
            Kind = kind.Value,
            HeaderRowNumber = candidate.LastRowNumber,
            HeaderRowCount = candidate.RowCount,
            Fields = fields,
            Answers = codes.Where(columns.ContainsKey).Select(c => new AnswerColumn(c, columns[c][0])).ToList(),
            Headers = candidate.Headers,
            MissingCodes = codes.Where(c => !columns.ContainsKey(c)).ToList(),
            UnknownCodeHeaders = candidate.UnknownCodeHeaders,
        };
    }

    private static FileKind? KindOf(HeaderCandidate candidate) => (candidate.ItemColumns.Count > 0, candidate.QuestionColumns.Count > 0) switch
    {
        (true, false) => FileKind.MysteryShop,
        (false, true) => FileKind.Survey,
        _ => null,
    };

    // The required fields a header lacks; the outlet counts as present by its code or its name.
    private static List<FieldKind> Missing(HeaderCandidate candidate, FileKind kind)
    {
        var missing = new List<FieldKind>();
        var id = kind == FileKind.MysteryShop ? FieldKind.VisitId : FieldKind.RespondentId;
        if (!candidate.Fields.ContainsKey(id))
        {
            missing.Add(id);
        }

        if (!candidate.Fields.ContainsKey(FieldKind.OutletCode) && !candidate.Fields.ContainsKey(FieldKind.OutletName))
        {
            missing.Add(FieldKind.OutletCode);
        }

        if (!candidate.Fields.ContainsKey(FieldKind.Date))
        {
            missing.Add(FieldKind.Date);
        }

        return missing;
    }

    private static Problem? Duplicated(HeaderCandidate candidate, FileKind kind)
    {
        var columns = kind == FileKind.MysteryShop ? candidate.ItemColumns : candidate.QuestionColumns;
        return columns.FirstOrDefault(c => c.Value.Count > 1) is { Key: not null } duplicate
            ? Messages.DuplicateColumn(duplicate.Key, duplicate.Value.Select(ExcelColumn.Letter))
            : null;
    }

    private static Problem Explain(HeaderCandidate? best)
    {
        if (best is null || best.Strength == 0)
        {
            return Messages.NoHeader(FileKind.MysteryShop, FileKind.Survey);
        }

        var kind = KindOf(best);
        if (kind is null)
        {
            return best.ItemColumns.Count > 0 ? Messages.BothKinds() : Messages.NeitherKind();
        }

        return Duplicated(best, kind.Value)
            ?? Messages.MissingColumns(kind.Value, Missing(best, kind.Value));
    }

    private static string[] Texts(object?[] cells)
    {
        var texts = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            texts[i] = CellText.Of(cells[i]) ?? string.Empty;
        }

        return texts;
    }

    private static string[] Combine(object?[] upper, object?[] lower)
    {
        var texts = new string[Math.Max(upper.Length, lower.Length)];
        for (var i = 0; i < texts.Length; i++)
        {
            var below = i < lower.Length ? CellText.Of(lower[i]) : null;
            var above = i < upper.Length ? CellText.Of(upper[i]) : null;
            texts[i] = below ?? above ?? string.Empty;
        }

        return texts;
    }
}
