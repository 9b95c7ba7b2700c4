namespace Satisfaction.Analysis.Statistics;

/// <summary>A mean with its 95% confidence interval, mean ± 1.96 × s / √n (SCORING.md 2.2); the interval only where n ≥ 2.</summary>
public readonly record struct MeanInterval(double Mean, double? Low, double? High, int N)
{
    public const double Z95 = 1.96;

    public static MeanInterval? Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var (mean, variance) = WelchTest.MeanAndVariance(values);
        if (values.Count < 2)
        {
            return new MeanInterval(mean, null, null, values.Count);
        }

        var half = Z95 * Math.Sqrt(variance) / Math.Sqrt(values.Count);
        return new MeanInterval(mean, mean - half, mean + half, values.Count);
    }
}
