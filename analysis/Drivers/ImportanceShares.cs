namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// Turns permutation importances (the decrease of R² when a touchpoint is shuffled) into shares that sum to 1.
/// A negative decrease (shuffling helped, by chance) counts as 0. When every decrease is 0 the model learnt
/// nothing to tell the touchpoints apart, and each gets an equal share.
/// </summary>
public static class ImportanceShares
{
    public static double[] From(IReadOnlyList<double> decreases)
    {
        ArgumentNullException.ThrowIfNull(decreases);
        var clipped = decreases.Select(d => double.IsFinite(d) && d > 0 ? d : 0).ToArray();
        var total = clipped.Sum();
        return total > 0
            ? [.. clipped.Select(d => d / total)]
            : [.. clipped.Select(_ => 1.0 / clipped.Length)];
    }
}
