using System.Globalization;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Cli;

/// <summary>The province and city scores of each period written, one line each, then where the workbooks are.</summary>
public static class ScorePrinter
{
    public static void Print(TextWriter output, ReportOutcome outcome, string outFolder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Written.Count == 0)
        {
            DisallowedPrinter.Print(output, outcome.Disallowed);
            PrintRemoved(output, outcome.Removed);
            output.WriteLine("报告无需更新 / no workbook needed rewriting");
            return;
        }

        output.WriteLine();
        output.WriteLine("周期     范围        暗访得分   变化          满意度指数  NPS     暗访  受访者");
        foreach (var w in outcome.Written)
        {
            var s = w.Summary;
            var scope = w.City is null ? w.Province : "  " + w.City;
            var change = s.Change is { } c ? string.Create(CultureInfo.InvariantCulture, $"{c,+6:+0.0;-0.0;0.0}{(s.ChangeTest?.Significant == true ? " 显著" : "     ")}") : "      —     ";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{w.Period,-8} {Pad(scope, 10)} {Show(s.Score),8}   {change}  {Show(s.SatisfactionIndex),8}  {Show(s.Nps),6}  {s.Visits,5}  {s.Respondents,6}"));
        }

        DisallowedPrinter.Print(output, outcome.Disallowed);
        PrintRemoved(output, outcome.Removed);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"写出 {outcome.Written.Count} 个工作簿，用时 {outcome.Elapsed.TotalSeconds:0.0} 秒 / {outcome.Written.Count} workbook(s) in {Path.GetFullPath(outFolder)}"));
    }

    private static void PrintRemoved(TextWriter output, IReadOnlyList<string> removed)
    {
        if (removed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"移除了 {removed.Count} 个已没有数据的工作簿 / removed {removed.Count} workbook(s) whose scope no longer has data in its period:"));
            removed.ToList().ForEach(path => output.WriteLine("  " + path));
        }
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    // Chinese characters take two columns in a terminal.
    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - text.Sum(ch => ch > 0x2E80 ? 2 : 1)));
}
