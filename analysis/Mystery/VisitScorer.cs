using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// Scores one visit (SCORING.md 1.3–1.4). Build one scorer per scheme and reuse it: the scheme is laid out
/// once as arrays. A missing answer counts as N/A. An answer outside an item's range is a programming error
/// (ingest rejects such rows) and throws <see cref="ArgumentException"/> naming the visit and the item.
/// </summary>
public sealed class VisitScorer
{
    private static readonly string[] NoFailures = [];

    private readonly ScoringLayout _layout;

    public VisitScorer(ScoringScheme scheme)
        : this(new ScoringLayout(scheme))
    {
    }

    internal VisitScorer(ScoringLayout layout) => _layout = layout;

    /// <summary>Scores <paramref name="visit"/>; null when no dimension applies (such a visit is rejected).</summary>
    public static VisitScore? Score(VisitRecord visit, ScoringScheme scheme) => new VisitScorer(scheme).Score(visit);

    /// <summary>Scores <paramref name="visit"/>; null when no dimension applies (such a visit is rejected).</summary>
    public VisitScore? Score(VisitRecord visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        Span<double> earned = _layout.Items.Length <= 256 ? stackalloc double[_layout.Items.Length] : new double[_layout.Items.Length];
        _layout.ReadEarned(visit, earned);
        return Score(visit, earned);
    }

    /// <summary>Scores from earned points already read by <see cref="ScoringLayout.ReadEarned"/>.</summary>
    internal VisitScore? Score(VisitRecord visit, ReadOnlySpan<double> earned)
    {
        var dimensionCount = _layout.DimensionCount;
        Span<double> sums = dimensionCount <= 64 ? stackalloc double[dimensionCount * 2] : new double[dimensionCount * 2];

        var earnedSums = sums[..dimensionCount];
        var possibleSums = sums[dimensionCount..];
        List<string>? failed = null;
        var items = _layout.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var e = earned[i];
            if (double.IsNaN(e))
            {
                continue;
            }

            var d = _layout.ItemDimension[i];
            if (d >= 0)
            {
                earnedSums[d] += e;
                possibleSums[d] += items[i].Max;
            }
            else if (e == 0)
            {
                (failed ??= []).Add(items[i].Code);
            }
        }

        var dimensions = new double?[dimensionCount];
        double weighted = 0, weights = 0;
        for (var d = 0; d < dimensionCount; d++)
        {
            if (possibleSums[d] > 0)
            {
                var s = 100 * earnedSums[d] / possibleSums[d];
                dimensions[d] = s;
                weighted += _layout.Weights[d] * s;
                weights += _layout.Weights[d];
            }
        }

        if (weights == 0)
        {
            return null;
        }

        // A weighted mean of values ≤ 100 can exceed 100 by a rounding error; keep the contract's range.
        var raw = Math.Min(100, weighted / weights);
        var score = failed is null ? raw : _layout.Scheme.Veto.Apply(raw);
        return new VisitScore(visit, score, raw, dimensions, failed is null ? NoFailures : failed);
    }
}
