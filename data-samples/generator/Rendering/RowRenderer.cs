using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Model;

namespace Satisfaction.Samples.Rendering;

/// <summary>
/// Spells a generated record into the cells of one row. Clean rows: codes, 1/0, numbers, empty N/A, real
/// dates. Messy rows mix every accepted spelling, date form and outlet reference (code, name or alias).
/// </summary>
internal sealed class RowRenderer(TableLayout layout, ScoringScheme scheme, bool survey, bool messy, bool workbook)
{
    public Cell[] Render(GeneratedRecord record, Random random)
    {
        var cells = new Cell[layout.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = layout.Columns[i];
            cells[i] = column.Role switch
            {
                ColumnRole.Id => Cell.Of(record.Id),
                ColumnRole.City => Cell.Of(messy && random.Chance(0.3) ? record.Outlet.City + "市" : record.Outlet.City),
                ColumnRole.OutletCode => OutletCode(record.Outlet, random),
                ColumnRole.OutletName => Cell.Of(OutletName(record.Outlet, random)),
                ColumnRole.Date => Date(record.When, random),
                ColumnRole.Shopper => Cell.Of(record.ShopperId ?? string.Empty),
                ColumnRole.Answer => Answer(record.Answers[column.AnswerIndex], column.AnswerIndex, random),
                ColumnRole.Comment => Cell.Of(record.Comment),
                ColumnRole.Phone => Cell.Of(record.Phone),
                _ => Cell.Empty,
            };
        }

        return cells;
    }

    /// <summary>The answer cell with the opposite meaning (a conflicting duplicate differs in this cell).</summary>
    public Cell Opposite(AnswerValue value, int answerIndex)
    {
        if (survey)
        {
            var q = scheme.Questions[answerIndex];
            var number = value.Meaning == AnswerMeaning.Number ? value.Number : q.High;
            return Cell.Of(number >= (q.Low + q.High) / 2.0 ? q.Low : q.High);
        }

        return Cell.Of(value.Meaning == AnswerMeaning.Yes ? 0 : scheme.Items[answerIndex].Max);
    }

    private Cell OutletCode(Outlet outlet, Random random)
    {
        if (!messy)
        {
            return Cell.Of(outlet.Code);
        }

        switch (random.Next(20))
        {
            case 0 or 1 or 2:
                return Cell.Empty;
            case 3:
                return Cell.Of(" " + outlet.Code + " ");
            case 4:
                return Cell.Of(Spelling.FullWidth(outlet.Code));
            default:
                return Cell.Of(outlet.Code);
        }
    }

    private string OutletName(Outlet outlet, Random random)
    {
        if (!messy)
        {
            return outlet.Name;
        }

        return random.Next(10) switch
        {
            0 when outlet.Aliases.Count > 0 => random.Pick(outlet.Aliases),
            1 => outlet.Name.Insert(outlet.City.Length, " "),
            _ => outlet.Name,
        };
    }

    private Cell Date(DateTime when, Random random)
    {
        if (!messy)
        {
            return Cell.Of(when.Date);
        }

        return workbook && random.Chance(0.3)
            ? (random.Chance(0.5) ? Cell.Of(when) : Cell.Of(Math.Floor(when.ToOADate())))
            : Cell.Of(Spelling.Date(when, random));
    }

    private Cell Answer(AnswerValue value, int index, Random random)
    {
        if (survey)
        {
            return value.Meaning switch
            {
                AnswerMeaning.Number when messy && random.Chance(0.15) => Cell.Of(Spelling.Number(value.Number, random)),
                AnswerMeaning.Number => Cell.Of(value.Number),
                _ => messy ? Cell.Of(random.Pick(Spelling.NotApplicable)) : Cell.Empty,
            };
        }

        var item = scheme.Items[index];
        if (!messy)
        {
            return value.Meaning switch
            {
                AnswerMeaning.Yes => Cell.Of(1),
                AnswerMeaning.No => Cell.Of(0),
                AnswerMeaning.Number => Cell.Of(value.Number),
                _ => Cell.Empty,
            };
        }

        return value.Meaning switch
        {
            AnswerMeaning.Yes when random.Chance(0.1) => Cell.Of(item.Max > 0 ? item.Max : 1),
            AnswerMeaning.Yes => Cell.Of(random.Pick(Spelling.Yes)),
            AnswerMeaning.No => Cell.Of(random.Pick(Spelling.No)),
            AnswerMeaning.Number when value.Number == item.Max && random.Chance(0.2) => Cell.Of(random.Pick(Spelling.Yes)),
            AnswerMeaning.Number when value.Number == 0 && random.Chance(0.2) => Cell.Of(random.Pick(Spelling.No)),
            AnswerMeaning.Number when random.Chance(0.5) => Cell.Of(Spelling.Number(value.Number, random)),
            AnswerMeaning.Number => Cell.Of(value.Number),
            _ => Cell.Of(random.Pick(Spelling.NotApplicable)),
        };
    }
}
