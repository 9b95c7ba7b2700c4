using System.Globalization;
using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Headers;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// The stored answers the scheme in force no longer allows, in the printed summary: how many rows were
/// left out, then the first answers one a line (id, item, value, rule); the full list is on 数据质量.
/// </summary>
public static class DisallowedPrinter
{
    public const int Listed = 20;

    public static void Print(TextWriter output, IReadOnlyList<DisallowedAnswer> disallowed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(disallowed);
        if (disallowed.Count == 0)
        {
            return;
        }

        var rows = disallowed.Select(d => (d.Kind, d.RecordId)).Distinct().Count();
        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"评分方案不再允许 {disallowed.Count} 个已存答案，所在 {rows} 行未计入（全部列在数据质量表）/ {disallowed.Count} stored answer(s) the scheme in force does not allow: their {rows} row(s) are left out (all listed on 数据质量)"));
        foreach (var d in disallowed.Take(Listed))
        {
            output.WriteLine($"  {d.Kind.Chinese()} {d.RecordId}  {d.Code} = {d.Value}  ({d.Rule})");
        }

        if (disallowed.Count > Listed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … 另有 {disallowed.Count - Listed} 个 / and {disallowed.Count - Listed} more"));
        }

        output.WriteLine("  → 恢复方案，或修正数据后重新投递，即可计入 / restore the scheme, or resubmit corrected rows, to count them again");
    }
}
