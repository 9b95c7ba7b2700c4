namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The linear regression of S9 on the touchpoints, trained as <see cref="DriverLimits.Trainer"/> says, then its R²
/// and permutation feature importance measured on the in-memory matrix (<see cref="PermutationImportance"/>).
/// Seeded throughout: same rows, same seed, same numbers.
/// </summary>
internal static class DriverModel
{
    public static (double RSquared, double[] Decreases) Fit(ModelMatrix matrix, int seed, int permutations, DriverTrainer trainer)
    {
        var fit = trainer switch
        {
            DriverTrainer.Sdca => SdcaTraining.Fit(matrix, seed),
            _ => LeastSquaresTraining.Fit(matrix),
        };
        return PermutationImportance.Measure(matrix, fit, seed, permutations);
    }
}
