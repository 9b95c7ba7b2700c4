namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// R² of a linear model and its permutation feature importance, computed on the in-memory matrix: what ML.NET's
/// evaluator and PermutationFeatureImportance compute (a feature's values shuffled across rows, the mean decrease of
/// R² over the shuffles), without its data-view pipeline. A linear model makes each shuffle cheap: the prediction
/// changes only by the feature's weight times the change of its value, so a shuffle costs one pass over one column.
/// </summary>
internal static class PermutationImportance
{
    /// <summary>R² = 1 − SS(residual) / SS(total), as ML.NET's regression evaluator reports it.</summary>
    public static double RSquared(float[] labels, double[] predictions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        var mean = 0.0;
        foreach (var y in labels)
        {
            mean += y;
        }

        mean /= Math.Max(labels.Length, 1);
        double residual = 0, total = 0;
        for (var r = 0; r < labels.Length; r++)
        {
            residual += (labels[r] - predictions[r]) * (labels[r] - predictions[r]);
            total += (labels[r] - mean) * (labels[r] - mean);
        }

        return total > 0 ? 1 - (residual / total) : 0;
    }

    /// <summary>The model's R², and for each feature the mean decrease of R² over <paramref name="permutations"/> seeded shuffles.</summary>
    public static (double RSquared, double[] Decreases) Measure(ModelMatrix matrix, LinearFit fit, int seed, int permutations)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permutations);
        var predictions = matrix.Predict(fit);
        var baseline = RSquared(matrix.Labels, predictions);
        var decreases = new double[matrix.Features];
        var shuffled = new double[matrix.Rows];
        var order = new int[matrix.Rows];
#pragma warning disable CA5394 // Shuffles for a statistic, not security; the seed makes them repeatable.
        var random = new Random(seed);
        for (var f = 0; f < matrix.Features; f++)
        {
            var weight = fit.Weights[f];
            var sum = 0.0;
            for (var p = 0; p < permutations; p++)
            {
                for (var r = 0; r < order.Length; r++)
                {
                    order[r] = r;
                }

                random.Shuffle(order);
                for (var r = 0; r < matrix.Rows; r++)
                {
                    shuffled[r] = predictions[r] + (weight * (matrix[order[r], f] - matrix[r, f]));
                }

                sum += baseline - RSquared(matrix.Labels, shuffled);
            }

            decreases[f] = sum / permutations;
        }
#pragma warning restore CA5394

        return (baseline, decreases);
    }
}
