using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>Running item-loss counts for one scope, indexed by item position (SCORING.md 1.6).</summary>
internal sealed class ItemTally(ChecklistItem[] items)
{
    private readonly int[] _applicable = new int[items.Length];
    private readonly double[] _earned = new double[items.Length];
    private readonly double[] _possible = new double[items.Length];
    private readonly int[] _failed = new int[items.Length];

    /// <summary>Adds one visit's earned points as read by <see cref="ScoringLayout.ReadEarned"/> (NaN = N/A).</summary>
    public void Add(ReadOnlySpan<double> earned)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var e = earned[i];
            if (double.IsNaN(e))
            {
                continue;
            }

            _applicable[i]++;
            if (items[i].IsVeto)
            {
                _failed[i] += e == 0 ? 1 : 0;
            }
            else
            {
                _earned[i] += e;
                _possible[i] += items[i].Max;
                _failed[i] += e < items[i].Max ? 1 : 0;
            }
        }
    }

    public ItemStat[] ToStats()
    {
        var stats = new ItemStat[items.Length];
        for (var i = 0; i < stats.Length; i++)
        {
            stats[i] = new ItemStat(items[i], _applicable[i], _earned[i], _possible[i], _failed[i]);
        }

        return stats;
    }
}
