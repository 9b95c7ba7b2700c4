namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// Competition ranking (SCORING.md 1.5): descending by score rounded to two decimals (away from zero);
/// equal rounded scores share the best rank and the next rank is skipped (1, 2, 2, 4). Ineligible entries
/// get no rank and take no place. The result depends only on the scores, not on their order.
/// </summary>
public static class Ranking
{
    /// <summary>The score as ranked and graded: rounded to two decimals, midpoints away from zero.</summary>
    public static double Round(double score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>Ranks of <paramref name="scores"/>, position for position; null where not eligible.</summary>
    public static int?[] Competition(IReadOnlyList<double> scores, IReadOnlyList<bool> eligible)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(eligible);
        if (scores.Count != eligible.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {eligible.Count} eligibility flags.", nameof(eligible));
        }

        var ranked = new List<double>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            if (eligible[i])
            {
                ranked.Add(double.IsNaN(scores[i])
                    ? throw new ArgumentException($"Score {i} is NaN.", nameof(scores))
                    : Round(scores[i]));
            }
        }

        ranked.Sort((a, b) => b.CompareTo(a));
        var rankOf = new Dictionary<double, int>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            rankOf.TryAdd(ranked[i], i + 1);
        }

        var result = new int?[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            result[i] = eligible[i] ? rankOf[Round(scores[i])] : null;
        }

        return result;
    }
}
