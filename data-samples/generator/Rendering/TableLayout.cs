using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Options;

namespace Satisfaction.Samples.Rendering;

internal enum ColumnRole
{
    Id,
    City,
    OutletCode,
    OutletName,
    Date,
    Shopper,
    Answer,
    Comment,
    Phone,
}

/// <summary>One column of a vendor file: what it holds, its header, and its group in a two-row header.</summary>
internal sealed record Column(ColumnRole Role, string Header, string? Group, int AnswerIndex = -1);

/// <summary>
/// The columns and header rows of a vendor file. Clean files use the first header the contract names;
/// messy ones use its other spellings, full-width codes and an extra 联系电话 column the product must ignore.
/// </summary>
internal sealed class TableLayout
{
    private TableLayout(IReadOnlyList<Column> columns, bool twoRows)
    {
        Columns = columns;
        TwoRows = twoRows;
    }

    public IReadOnlyList<Column> Columns { get; }

    public bool TwoRows { get; }

    public int IndexOf(ColumnRole role) => Columns.ToList().FindIndex(c => c.Role == role);

    public static TableLayout Mystery(ScoringScheme scheme, HeaderStyle style, bool messy)
    {
        var columns = new List<Column>
        {
            new(ColumnRole.Id, messy ? "暗访编号" : "访问编号", null),
            new(ColumnRole.City, messy ? "城市" : "地市", null),
            new(ColumnRole.OutletCode, messy ? "厅编码" : "营业厅编码", null),
            new(ColumnRole.OutletName, messy ? "营业厅" : "营业厅名称", null),
            new(ColumnRole.Date, messy ? "暗访日期" : "访问日期", null),
            new(ColumnRole.Shopper, messy ? "暗访员" : "访员编号", null),
        };
        for (var i = 0; i < scheme.Items.Count; i++)
        {
            var item = scheme.Items[i];
            var group = item.IsVeto ? "一票否决" : scheme.Dimensions.FirstOrDefault(d => d.Key == item.DimensionKey)?.Name ?? item.DimensionKey;
            columns.Add(new(ColumnRole.Answer, AnswerHeader(item.Code, item.Text, style, messy && i % 3 == 1), group, i));
        }

        columns.Add(new(ColumnRole.Comment, messy ? "主要问题点" : "备注", null));
        AddPhone(columns, messy);
        return new TableLayout(columns, style == HeaderStyle.TwoRowGrouped);
    }

    public static TableLayout Survey(ScoringScheme scheme, HeaderStyle style, bool messy)
    {
        var columns = new List<Column>
        {
            new(ColumnRole.Id, messy ? "问卷编号" : "样本编号", null),
            new(ColumnRole.City, messy ? "市" : "地市", null),
            new(ColumnRole.OutletCode, messy ? "网点编码" : "营业厅编码", null),
            new(ColumnRole.OutletName, messy ? "网点名称" : "营业厅名称", null),
            new(ColumnRole.Date, messy ? "日期" : "调查日期", null),
        };
        for (var i = 0; i < scheme.Questions.Count; i++)
        {
            var q = scheme.Questions[i];
            var group = q.Role == QuestionRole.Touchpoint ? "触点满意度" : "总体评价";
            columns.Add(new(ColumnRole.Answer, AnswerHeader(q.Code, q.Text, style, messy && i % 3 == 1), group, i));
        }

        columns.Add(new(ColumnRole.Comment, "意见建议", null));
        AddPhone(columns, messy);
        return new TableLayout(columns, style == HeaderStyle.TwoRowGrouped);
    }

    /// <summary>The header rows: one, or a group row above the item row.</summary>
    public IReadOnlyList<Cell[]> HeaderRows()
    {
        var items = Columns.Select(c => Cell.Of(c.Header)).ToArray();
        if (!TwoRows)
        {
            return [items];
        }

        var groups = new Cell[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            if (c.Role != ColumnRole.Answer)
            {
                groups[i] = Cell.Of(c.Header);
                items[i] = Cell.Empty;
            }
            else if (i == 0 || Columns[i - 1].Group != c.Group)
            {
                groups[i] = Cell.Of(c.Group ?? string.Empty);
            }
        }

        return [groups, items];
    }

    /// <summary>Merged ranges of a two-row header, 0-based (row, first column, last row, last column).</summary>
    public IEnumerable<(int Row, int Col, int LastRow, int LastCol)> HeaderMerges()
    {
        if (!TwoRows)
        {
            yield break;
        }

        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role != ColumnRole.Answer)
            {
                yield return (0, i, 1, i);
                continue;
            }

            var last = i;
            while (last + 1 < Columns.Count && Columns[last + 1].Role == ColumnRole.Answer && Columns[last + 1].Group == Columns[i].Group)
            {
                last++;
            }

            if (last > i)
            {
                yield return (0, i, 0, last);
            }

            i = last;
        }
    }

    private static void AddPhone(List<Column> columns, bool messy)
    {
        if (messy)
        {
            columns.Add(new(ColumnRole.Phone, "联系电话", null));
        }
    }

    private static string AnswerHeader(string code, string text, HeaderStyle style, bool fullWidth)
    {
        var shown = fullWidth ? Spelling.FullWidth(code) : code;
        return style switch
        {
            HeaderStyle.Codes => shown,
            HeaderStyle.CodeCommaText => shown + "、" + text,
            HeaderStyle.CodeDotText => shown + "." + text,
            _ => shown + " " + text,
        };
    }
}
