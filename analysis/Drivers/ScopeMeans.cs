namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// Each touchpoint's mean converted score over the respondents of the scope who answered it (NaN when nobody did):
/// the touchpoint's performance (表现), and the value imputed where a modelled respondent left it N/A.
/// Every respondent counts here, whether or not they answered the overall question.
/// </summary>
internal static class ScopeMeans
{
    public static (double[] Means, int[] Answered) Of(IReadOnlyList<DriverSample> samples, int touchpoints)
    {
        var sums = new double[touchpoints];
        var answered = new int[touchpoints];
        foreach (var sample in samples)
        {
            for (var t = 0; t < touchpoints; t++)
            {
                var score = sample.Touchpoints[t];
                if (float.IsFinite(score))
                {
                    sums[t] += score;
                    answered[t]++;
                }
            }
        }

        var means = new double[touchpoints];
        for (var t = 0; t < touchpoints; t++)
        {
            means[t] = answered[t] > 0 ? sums[t] / answered[t] : double.NaN;
        }

        return (means, answered);
    }
}
