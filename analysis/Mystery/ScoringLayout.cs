using System.Collections.Frozen;
using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// The scheme turned into arrays indexed by item and dimension position, so that scoring a visit
/// walks its answers once and builds no per-visit dictionary.
/// </summary>
internal sealed class ScoringLayout
{
    private readonly FrozenDictionary<string, int> _itemIndex;

    public ScoringLayout(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Scheme = scheme;
        Items = [.. scheme.Items];
        Weights = [.. scheme.Dimensions.Select(d => d.Weight)];
        _itemIndex = Items.Select((item, i) => (item.Code, i))
            .ToFrozenDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
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
        // Walking the answers (about as many as items) with a frozen code index is two to three times faster
        // than looking every item up in the visit's dictionary; answers to codes outside the scheme are ignored.
        earned[..Items.Length].Fill(double.NaN);
        if (visit.Answers is Dictionary<string, Answer> dictionary)
        {
            foreach (var (code, answer) in dictionary)
            {
                Read(visit, code, answer, earned);
            }
        }
        else
        {
            foreach (var (code, answer) in visit.Answers)
            {
                Read(visit, code, answer, earned);
            }
        }
    }

    private void Read(VisitRecord visit, string code, Answer answer, Span<double> earned)
    {
        if (_itemIndex.TryGetValue(code, out var i))
        {
            earned[i] = Earned(visit, Items[i], answer);
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
