namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The model's rows. Only respondents who answered the overall question are modelled; an N/A touchpoint takes the
/// touchpoint's scope mean (SDCA cannot take NaN, and the mean adds no slope of its own). Features and label are
/// standardised (z-scores over all modelled respondents; a constant column becomes 0), which SDCA's coordinate
/// ascent converges on in a few passes; R² and its permutation decreases do not depend on the scale.
/// Statistics read every respondent in one pass; rows are built only for the chosen ones, so a province of a
/// million respondents allocates a sample's worth of rows, not a million.
/// </summary>
internal sealed class ModelRows
{
    private readonly IReadOnlyList<DriverSample> _samples;
    private readonly int[] _modelled;
    private readonly float[] _imputed;
    private readonly double[] _means;
    private readonly double[] _scales;

    private ModelRows(IReadOnlyList<DriverSample> samples, int[] modelled, float[] imputed, int[] respondents, double[] means, double[] scales)
    {
        _samples = samples;
        _modelled = modelled;
        _imputed = imputed;
        _means = means;
        _scales = scales;
        Respondents = respondents;
    }

    /// <summary>Indices into the samples of the respondents who answered the overall question.</summary>
    public int[] Respondents { get; }

    /// <param name="modelled">Touchpoint indices to use as features.</param>
    /// <param name="scopeMeans">Every touchpoint's scope mean, imputed where N/A.</param>
    public static ModelRows Prepare(IReadOnlyList<DriverSample> samples, int[] modelled, IReadOnlyList<double> scopeMeans)
    {
        var imputed = modelled.Select(t => (float)scopeMeans[t]).ToArray();
        var columns = modelled.Length + 1; // the features, then the label
        var sums = new double[columns];
        var squares = new double[columns];
        var respondents = new List<int>(samples.Count);
        var values = new float[columns];
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (!sample.AnsweredOverall)
            {
                continue;
            }

            respondents.Add(i);
            Fill(sample, modelled, imputed, values);
            for (var c = 0; c < columns; c++)
            {
                sums[c] += values[c];
                squares[c] += (double)values[c] * values[c];
            }
        }

        var n = respondents.Count;
        var means = new double[columns];
        var scales = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            means[c] = sums[c] / n;
            var variance = Math.Max(0, (squares[c] / n) - (means[c] * means[c]));
            scales[c] = variance > 1e-9 ? 1 / Math.Sqrt(variance) : 0;
        }

        return new ModelRows(samples, modelled, imputed, [.. respondents], means, scales);
    }

    /// <summary>The standardised rows of the given respondents (positions in <see cref="Respondents"/>), as one matrix.</summary>
    public ModelMatrix Build(IReadOnlyList<int> chosen)
    {
        var features = _modelled.Length;
        var values = new float[features + 1];
        var matrix = new ModelMatrix(chosen.Count, features);
        for (var r = 0; r < chosen.Count; r++)
        {
            Fill(_samples[Respondents[chosen[r]]], _modelled, _imputed, values);
            var offset = r * features;
            for (var f = 0; f < features; f++)
            {
                matrix.X[offset + f] = Standard(values[f], f);
            }

            matrix.Labels[r] = Standard(values[features], features);
        }

        return matrix;
    }

    private float Standard(float value, int column) => (float)((value - _means[column]) * _scales[column]);

    private static void Fill(DriverSample sample, int[] modelled, float[] imputed, float[] values)
    {
        for (var f = 0; f < modelled.Length; f++)
        {
            var score = sample.Touchpoints[modelled[f]];
            values[f] = float.IsFinite(score) ? score : imputed[f];
        }

        values[modelled.Length] = sample.Overall;
    }
}
