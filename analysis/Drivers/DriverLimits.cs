namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// How much of a scope the key-driver model reads. Above the caps a seeded random sample of that size is used,
/// so a province of a million respondents takes seconds, not minutes; a sample of 100,000 estimates
/// R² decreases far more precisely than the shares are reported.
/// </summary>
public sealed record DriverLimits
{
    public static DriverLimits Default { get; } = new();

    /// <summary>Rows SDCA trains on (default 200,000).</summary>
    public int MaxTrainingRows { get; init; } = 200_000;

    /// <summary>Rows the model fit (R²) and the permutation importance are measured on (default 100,000).</summary>
    public int MaxImportanceRows { get; init; } = 100_000;

    /// <summary>Shuffles per touchpoint; the decrease is their mean (default 3).</summary>
    public int PermutationCount { get; init; } = 3;

    public void Validate()
    {
        if (MaxTrainingRows < 1 || MaxImportanceRows < 1 || PermutationCount < 1)
        {
            throw new ArgumentException(
                $"驱动分析上限须为正数 / driver limits must be positive: {nameof(MaxTrainingRows)}={MaxTrainingRows}, "
                + $"{nameof(MaxImportanceRows)}={MaxImportanceRows}, {nameof(PermutationCount)}={PermutationCount}.");
        }
    }
}
