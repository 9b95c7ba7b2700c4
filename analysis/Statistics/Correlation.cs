namespace Satisfaction.Analysis.Statistics;

/// <summary>Pearson's r between paired values (MathNet.Numerics); null below three pairs or without variance.</summary>
public static class Correlation
{
    public static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("x and y must be paired: same length.", nameof(y));
        }

        if (x.Count < 3)
        {
            return null;
        }

        var r = MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
        return double.IsFinite(r) ? r : null;
    }
}
