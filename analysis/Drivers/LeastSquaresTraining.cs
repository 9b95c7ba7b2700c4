using MathNet.Numerics.LinearAlgebra;

namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// Ordinary least squares in closed form: the normal equations XᵀX·w = Xᵀy of the standardised features (a
/// handful of columns), solved by MathNet.Numerics' QR decomposition of the small square system. Features and label
/// are z-scores, so the bias is the label's mean (0 up to rounding) and is fitted as a column of ones. A constant
/// (all-zero) feature makes XᵀX singular; a tiny ridge on the diagonal gives it weight 0 and leaves the rest as they are.
/// </summary>
internal static class LeastSquaresTraining
{
    private const double Ridge = 1e-9;

    public static LinearFit Fit(ModelMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var k = matrix.Features + 1; // the features, then the bias's column of ones
        var gram = new double[k, k];
        var moment = new double[k];
        var row = new double[k];
        row[k - 1] = 1;
        for (var r = 0; r < matrix.Rows; r++)
        {
            var offset = r * matrix.Features;
            for (var f = 0; f < matrix.Features; f++)
            {
                row[f] = matrix.X[offset + f];
            }

            double label = matrix.Labels[r];
            for (var i = 0; i < k; i++)
            {
                moment[i] += row[i] * label;
                for (var j = i; j < k; j++)
                {
                    gram[i, j] += row[i] * row[j];
                }
            }
        }

        var a = Matrix<double>.Build.Dense(k, k, (i, j) => (i <= j ? gram[i, j] : gram[j, i]) + (i == j ? Ridge * Math.Max(1, matrix.Rows) : 0));
        var solution = a.QR().Solve(Vector<double>.Build.DenseOfArray(moment));
        return new LinearFit([.. solution.Take(matrix.Features)], solution[k - 1]);
    }
}
