namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The model's rows: respondents who answered the overall question; an N/A touchpoint takes the touchpoint's scope
/// mean (SDCA cannot take NaN, and the mean leaves the touchpoint's effect on others' rows unchanged).
/// Features and label are then standardised (z-scores; a constant column becomes 0), which SDCA's
/// coordinate ascent converges on in a few passes; R² and its permutation decreases do not depend on the scale.
/// </summary>
internal static class ModelRows
{
    public static ModelRow[] Build(IReadOnlyList<DriverSample> samples, IReadOnlyList<int> modelled, IReadOnlyList<double> means)
    {
        var features = modelled.Count;
        var rows = new List<ModelRow>(samples.Count);
        foreach (var sample in samples)
        {
            if (!sample.AnsweredOverall)
            {
                continue;
            }

            var values = new float[features];
            for (var f = 0; f < features; f++)
            {
                var score = sample.Touchpoints[modelled[f]];
                values[f] = float.IsFinite(score) ? score : (float)means[modelled[f]];
            }

            rows.Add(new ModelRow { Label = sample.Overall, Features = values });
        }

        var array = rows.ToArray();
        Standardise(array, features);
        return array;
    }

    private static void Standardise(ModelRow[] rows, int features)
    {
        var (labelMean, labelScale) = MeanAndScale(rows, r => r.Label);
        var columns = Enumerable.Range(0, features).Select(f => MeanAndScale(rows, r => r.Features[f])).ToArray();
        foreach (var row in rows)
        {
            row.Label = (float)((row.Label - labelMean) * labelScale);
            for (var f = 0; f < features; f++)
            {
                row.Features[f] = (float)((row.Features[f] - columns[f].Mean) * columns[f].Scale);
            }
        }
    }

    private static (double Mean, double Scale) MeanAndScale(ModelRow[] rows, Func<ModelRow, float> value)
    {
        double sum = 0, sumOfSquares = 0;
        foreach (var row in rows)
        {
            double x = value(row);
            sum += x;
            sumOfSquares += x * x;
        }

        var mean = sum / rows.Length;
        var variance = Math.Max(0, (sumOfSquares / rows.Length) - (mean * mean));
        return (mean, variance > 1e-12 ? 1 / Math.Sqrt(variance) : 0);
    }
}
