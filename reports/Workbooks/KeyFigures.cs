using System.Globalization;
using ClosedXML.Excel;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// The block of key figures at the top of 概览, laid out to be read in ten seconds: label, value, and a
/// note (change against the previous period, rank, interval).
/// </summary>
internal static class KeyFigures
{
    public static int Write(IXLWorksheet sheet, int row, ScopeSummary s, string previousPeriod, string bestLabel)
    {
        var lines = new List<(string Label, object? Value, string Format, string? Note, XLColor? NoteColour)>
        {
            ("暗访得分", s.Score, "0.0", ChangeNote(s.Change, s.ChangeTest, previousPeriod, s.PreviousScore), ChangeColour(s.Change)),
        };
        if (s.Rank is { } rank)
        {
            lines.Add(("全省排名", rank, "0", string.Create(CultureInfo.InvariantCulture, $"共 {s.RankedAmong} 个地市"), null));
        }

        if (s.Grade is { } grade)
        {
            lines.Add(("等级", grade, "@", null, null));
        }

        if (s.Best is { } best)
        {
            lines.Add(($"最佳{bestLabel}", best.Name, "@", Score(best.Score), null));
        }

        if (s.Worst is { } worst)
        {
            lines.Add(($"最差{bestLabel}", worst.Name, "@", Score(worst.Score), null));
        }

        lines.Add(("一票否决", s.VetoedVisits, "0", s.Visits > 0 ? string.Create(CultureInfo.InvariantCulture, $"占暗访 {(double)s.VetoedVisits / s.Visits:0.0%}") : null, s.VetoedVisits > 0 ? XLColor.FromHtml("#C00000") : null));
        lines.Add(("满意度指数", s.SatisfactionIndex, "0.0", ChangeNote(s.SatisfactionChange, s.SatisfactionTest, previousPeriod, null), ChangeColour(s.SatisfactionChange)));
        lines.Add(("NPS", s.Nps, "0.0", null, null));
        lines.Add(("样本", string.Create(CultureInfo.InvariantCulture, $"{s.Visits} 次暗访 · {s.Outlets} 个营业厅 · {s.Respondents} 位受访者"), "@", null, null));

        foreach (var (label, value, format, note, colour) in lines)
        {
            var l = sheet.Cell(row, 1);
            l.SetValue(label);
            l.Style.Font.Bold = true;
            l.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            var v = sheet.Cell(row, 2);
            CellValues.Set(v, value ?? "—", ColumnKind.Text);
            if (value is double or int)
            {
                v.Style.NumberFormat.Format = format;
            }

            v.Style.Font.FontSize = 14;
            v.Style.Font.Bold = true;
            v.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            if (note is not null)
            {
                var n = sheet.Cell(row, 3);
                n.SetValue(note);
                n.SetDataType(XLDataType.Text);
                if (colour is not null)
                {
                    n.Style.Font.FontColor = colour;
                }
            }

            sheet.Row(row).Height = 22;
            row++;
        }

        sheet.Column(1).Width = 14;
        sheet.Column(2).Width = 26;
        sheet.Column(3).Width = 40;
        return row;
    }

    private static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture) + " 分";

    private static string? ChangeNote(double? change, ChangeTest? test, string previousPeriod, double? previous) => change is not { } c
        ? $"{previousPeriod} 无数据"
        : string.Create(CultureInfo.InvariantCulture, $"较 {previousPeriod}{(previous is { } p ? $"（{p:0.0}）" : string.Empty)} {c:+0.0;-0.0;0.0}{(test?.Significant == true ? "，显著" : test is null ? string.Empty : "，不显著")}");

    private static XLColor? ChangeColour(double? change) => change switch
    {
        < 0 => XLColor.FromHtml("#C00000"),
        > 0 => XLColor.FromHtml("#008000"),
        _ => null,
    };
}
