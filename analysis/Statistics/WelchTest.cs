using MathNet.Numerics.Distributions;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Statistics;

/// <summary>
/// Welch's two-sample t-test (unequal variances): is the difference between this period's and the
/// previous period's mean real? Two-sided p from Student's t with Welch–Satterthwaite degrees of freedom
/// (MathNet.Numerics). Needs at least two values in each sample and some variance.
/// </summary>
public static class WelchTest
{
    public static ChangeTest? Compare(IReadOnlyCollection<double> current, IReadOnlyCollection<double> previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (current.Count < 2 || previous.Count < 2)
        {
            return null;
        }

        var (m1, v1) = MeanAndVariance(current);
        var (m2, v2) = MeanAndVariance(previous);
        var a = v1 / current.Count;
        var b = v2 / previous.Count;
        if (a + b <= 0)
        {
            // Both samples constant: any difference is certain, none is impossible to call.
            return m1 == m2 ? null : new ChangeTest(double.PositiveInfinity * Math.Sign(m1 - m2), current.Count + previous.Count - 2, 0, current.Count, previous.Count);
        }

        var t = (m1 - m2) / Math.Sqrt(a + b);
        var df = ((a + b) * (a + b)) / ((a * a / (current.Count - 1)) + (b * b / (previous.Count - 1)));
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        return new ChangeTest(t, df, Math.Clamp(p, 0, 1), current.Count, previous.Count);
    }

    /// <summary>Mean and sample variance (n − 1).</summary>
    public static (double Mean, double Variance) MeanAndVariance(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = 0;
        var mean = 0.0;
        var m2 = 0.0;
        foreach (var x in values)
        {
            // Welford: stable for the million-value samples of a province survey.
            n++;
            var delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        return (n == 0 ? double.NaN : mean, n < 2 ? double.NaN : m2 / (n - 1));
    }
}
