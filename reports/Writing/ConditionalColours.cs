using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Reports.Layout;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Writing;

// Scores get a red–yellow–green colour scale (median in yellow); changes are red when down, green when up.
internal static class ConditionalColours
{
    public static IEnumerable<ConditionalFormatting> For(TableBlock table, TablePlacement placement, ref int priority)
    {
        var formats = new List<ConditionalFormatting>();
        if (table.Count == 0)
        {
            return formats;
        }

        for (var c = 0; c < table.Kinds.Count; c++)
        {
            var letter = SheetWriter.Letter(c + 1);
            var range = new ListValue<StringValue> { InnerText = $"{letter}{placement.FirstDataRow}:{letter}{placement.LastDataRow}" };
            switch (table.Kinds[c])
            {
                case ColumnKind.Score:
                    formats.Add(new ConditionalFormatting(new ConditionalFormattingRule(new ColorScale(
                        new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                        new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Percentile, Val = "50" },
                        new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                        new Color { Rgb = "FFF8696B" },
                        new Color { Rgb = "FFFFEB84" },
                        new Color { Rgb = "FF63BE7B" }))
                    {
                        Type = ConditionalFormatValues.ColorScale,
                        Priority = priority++,
                    })
                    { SequenceOfReferences = range });
                    break;
                case ColumnKind.Change:
                    formats.Add(new ConditionalFormatting(
                        Compare(ConditionalFormattingOperatorValues.LessThan, StyleBook.FallingFont, priority++),
                        Compare(ConditionalFormattingOperatorValues.GreaterThan, StyleBook.RisingFont, priority++))
                    { SequenceOfReferences = range });
                    break;
                default:
                    break;
            }
        }

        return formats;
    }

    private static ConditionalFormattingRule Compare(ConditionalFormattingOperatorValues comparison, uint format, int priority) =>
        new(new Formula("0")) { Type = ConditionalFormatValues.CellIs, Operator = comparison, FormatId = format, Priority = priority };
}
