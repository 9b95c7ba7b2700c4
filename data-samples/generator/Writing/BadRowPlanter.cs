using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Model;
using Satisfaction.Samples.Rendering;

namespace Satisfaction.Samples.Writing;

/// <summary>Turns a good row into a bad one of a given kind, changing exactly one thing.</summary>
internal sealed class BadRowPlanter(TableLayout layout, ScoringScheme scheme, bool survey)
{
    private readonly int _id = layout.IndexOf(ColumnRole.Id);
    private readonly int _code = layout.IndexOf(ColumnRole.OutletCode);
    private readonly int _name = layout.IndexOf(ColumnRole.OutletName);
    private readonly int _date = layout.IndexOf(ColumnRole.Date);

    public void Spoil(Cell[] cells, GeneratedRecord record, BadRowKind kind, int serial)
    {
        switch (kind)
        {
            case BadRowKind.UnknownOutlet:
                cells[_code] = Cell.Of(record.Outlet.Code.Length > 4 ? record.Outlet.Code[..^4] + "9999" : "9999");
                cells[_name] = Cell.Of(record.Outlet.City + "火星路营业厅");
                break;
            case BadRowKind.ImpossibleDate:
                cells[_date] = Cell.Of(serial % 2 == 0 ? $"{record.When.Year}-02-30" : $"{record.When.Year}-09-31");
                break;
            case BadRowKind.AnswerOutOfRange:
                var (column, value) = OutOfRange(record);
                cells[column] = Cell.Of(value);
                break;
            case BadRowKind.MissingId:
                cells[_id] = Cell.Empty;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "A conflicting duplicate is planted as a second row.");
        }
    }

    /// <summary>The column of the first answered item or question, for a conflicting copy to differ in.</summary>
    public int FirstAnsweredColumn(GeneratedRecord record)
    {
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var column = layout.Columns[c];
            if (column.Role == ColumnRole.Answer && record.Answers[column.AnswerIndex].Meaning != AnswerMeaning.NotApplicable)
            {
                return c;
            }
        }

        throw new InvalidOperationException("A generated row has no answered item.");
    }

    private (int Column, double Value) OutOfRange(GeneratedRecord record)
    {
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var column = layout.Columns[c];
            if (column.Role != ColumnRole.Answer)
            {
                continue;
            }

            if (survey && scheme.Questions[column.AnswerIndex].Role == QuestionRole.Touchpoint)
            {
                return (c, scheme.Questions[column.AnswerIndex].High + 1);
            }

            if (!survey && scheme.Items[column.AnswerIndex] is { Type: ItemType.YesNo, Max: > 1 and < 7 })
            {
                return (c, 7);
            }
        }

        return (FirstAnsweredColumn(record), 999);
    }
}
