using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// The scheme turned into arrays indexed by item and dimension position, so that scoring a visit
/// needs one answer lookup per item and no per-visit dictionaries.
/// </summary>
internal sealed class ScoringLayout
{
    public ScoringLayout(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Scheme = scheme;
        Items = [.. scheme.Items];
        Weights = [.. scheme.Dimensions.Select(d => d.Weight)];
        ItemDimension = new int[Items.Length];
        for (var i = 0; i < Items.Length; i++)
        {
            var key = Items[i].DimensionKey;
            ItemDimension[i] = Items[i].IsVeto || key is null
                ? -1
                : IndexOfDimension(scheme, key, Items[i].Code);
        }
    }

    public ScoringScheme Scheme { get; }

    public ChecklistItem[] Items { get; }

    /// <summary>Dimension position of each item; −1 for veto items.</summary>
    public int[] ItemDimension { get; }

    public double[] Weights { get; }

    public int DimensionCount => Weights.Length;

    /// <summary>
    /// Fills <paramref name="earned"/> with each item's earned points (NaN where N/A). For a veto item
    /// 1 is passed and 0 failed. Throws on an answer no ingest would let through.
    /// </summary>
    public void ReadEarned(VisitRecord visit, Span<double> earned)
    {
        for (var i = 0; i < Items.Length; i++)
        {
            var item = Items[i];
            earned[i] = visit.Answers.TryGetValue(item.Code, out var answer)
                ? Earned(visit, item, answer)
                : double.NaN;
        }
    }

    private static double Earned(VisitRecord visit, ChecklistItem item, Answer answer)
    {
        var full = item.IsVeto ? 1 : item.Max;
        switch (answer.Kind)
        {
            case AnswerKind.NotApplicable:
                return double.NaN;
            case AnswerKind.Yes:
                return full;
            case AnswerKind.No:
                return 0;
        }

        var v = answer.Value;
        if (item.Type == ItemType.Points)
        {
            return v >= 0 && v <= item.Max
                ? v
                : throw OutOfRange(visit, item, v, $"0–{item.Max}");
        }

        // Yes/no and veto items given as a number (ingest normally turns these into Y/N): 0 is no, more is yes.
        return v >= 0 && !double.IsInfinity(v)
            ? (v > 0 ? full : 0)
            : throw OutOfRange(visit, item, v, "0 or more");
    }

    private static ArgumentException OutOfRange(VisitRecord visit, ChecklistItem item, double value, string range) =>
        new($"访问 {visit.VisitId} 的检查项 {item.Code} 得分 {value} 超出范围 {range} / visit {visit.VisitId}, item {item.Code}: "
            + $"{value} is outside {range}; ingest should have rejected this row.", nameof(visit));

    private static int IndexOfDimension(ScoringScheme scheme, string key, string code)
    {
        for (var d = 0; d < scheme.Dimensions.Count; d++)
        {
            if (string.Equals(scheme.Dimensions[d].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }

        throw new ArgumentException($"Item {code} names dimension '{key}', which the scheme does not define.", nameof(scheme));
    }
}
