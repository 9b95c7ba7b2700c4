using System.Globalization;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Workbooks;
using Satisfaction.Reports.Writing;

namespace Satisfaction.Reports.Layout;

/// <summary>
/// The key figures at the top of 概览, laid out to be read in ten seconds: label, value, and a note (change
/// against the previous period, rank, interval), in columns A–C.
/// </summary>
public sealed class KeyFiguresBlock : SheetBlock
{
    private const string Down = "C00000";
    private const string Up = "008000";
    private static readonly CellStyle LabelStyle = new() { Bold = true, Fill = "DDEBF7" };

    private readonly List<(string Label, object? Value, string? Format, string? Note, string? NoteColour)> _lines = [];

    public KeyFiguresBlock(ScopeSummary s, string previousPeriod, string bestLabel)
    {
        ArgumentNullException.ThrowIfNull(s);
        _lines.Add(("暗访得分", s.Score, "0.0", ChangeNote(s.Change, s.ChangeTest, previousPeriod, s.PreviousScore), ChangeColour(s.Change)));
        if (s.Rank is { } rank)
        {
            _lines.Add(("全省排名", rank, "0", string.Create(CultureInfo.InvariantCulture, $"共 {s.RankedAmong} 个地市"), null));
        }

        if (s.Grade is { } grade)
        {
            _lines.Add(("等级", grade, null, null, null));
        }

        if (s.Best is { } best)
        {
            _lines.Add(($"最佳{bestLabel}", best.Name, null, Score(best.Score), null));
        }

        if (s.Worst is { } worst)
        {
            _lines.Add(($"最差{bestLabel}", worst.Name, null, Score(worst.Score), null));
        }

        _lines.Add(("一票否决", s.VetoedVisits, "0", s.Visits > 0 ? string.Create(CultureInfo.InvariantCulture, $"占暗访 {(double)s.VetoedVisits / s.Visits:0.0%}") : null, s.VetoedVisits > 0 ? Down : null));
        _lines.Add(("满意度指数", s.SatisfactionIndex, "0.0", ChangeNote(s.SatisfactionChange, s.SatisfactionTest, previousPeriod, null), ChangeColour(s.SatisfactionChange)));
        _lines.Add(("NPS", s.Nps, "0.0", null, null));
        _lines.Add(("样本", string.Create(CultureInfo.InvariantCulture, $"{s.Visits} 次暗访 · {s.Outlets} 个营业厅 · {s.Respondents} 位受访者"), null, null, null));
    }

    internal override int Rows => _lines.Count;

    internal override IEnumerable<(int Column, double Width)> Widths => [(1, 14), (2, 26), (3, 40)];

    internal override void Write(RowWriter cells, int firstRow)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var (label, value, format, note, colour) = _lines[i];
            cells.StartRow(firstRow + i, 22);
            cells.Text(1, label, LabelStyle);
            var style = new CellStyle { Bold = true, FontSize = 14, AlignLeft = true, NumberFormat = value is double or int ? format : null };
            CellValues.Write(cells, 2, value ?? "—", ColumnKind.Text, style);
            cells.Text(3, note, colour is null ? null : new CellStyle { FontColor = colour });
        }
    }

    private static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture) + " 分";

    private static string ChangeNote(double? change, ChangeTest? test, string previousPeriod, double? previous) => change is not { } c
        ? $"{previousPeriod} 无数据"
        : string.Create(CultureInfo.InvariantCulture, $"较 {previousPeriod}{(previous is { } p ? $"（{p:0.0}）" : string.Empty)} {c:+0.0;-0.0;0.0}{(test?.Significant == true ? "，显著" : test is null ? string.Empty : "，不显著")}");

    private static string? ChangeColour(double? change) => change switch
    {
        < 0 => Down,
        > 0 => Up,
        _ => null,
    };
}
