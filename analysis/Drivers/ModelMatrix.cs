namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The model's rows as one block of memory: <see cref="Rows"/> × <see cref="Features"/> standardised features, row
/// by row, and the standardised labels. Fitting, R² and every permutation read it in place: no row objects.
/// </summary>
internal sealed class ModelMatrix
{
    public ModelMatrix(int rows, int features)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(features);
        Rows = rows;
        Features = features;
        X = new float[rows * features];
        Labels = new float[rows];
    }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>Row-major: the features of row r are X[r × Features … (r + 1) × Features − 1].</summary>
    public float[] X { get; }

    public float[] Labels { get; }

    public float this[int row, int feature] => X[(row * Features) + feature];

    /// <summary>Each row's prediction by a linear model.</summary>
    public double[] Predict(LinearFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var predictions = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var sum = fit.Bias;
            var offset = r * Features;
            for (var f = 0; f < Features; f++)
            {
                sum += fit.Weights[f] * X[offset + f];
            }

            predictions[r] = sum;
        }

        return predictions;
    }
}
