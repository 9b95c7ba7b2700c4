namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// How much work the key-driver model of one scope may do. Above <see cref="MaxRows"/> respondents a seeded random
/// sample of that size is trained on and measured on, so a province of a million respondents takes seconds, not
/// half a minute: a linear model of a handful of touchpoints is pinned down by 100,000 rows far more finely than
/// the shares matter (benchmark, 980,000 respondents: R² 0.695 on the sample, 0.696 on all; the top share 0.548
/// against 0.557, the others within 0.006; the same quadrants).
/// Each touchpoint is shuffled <see cref="ShuffledRows"/> / rows times, between 1 and <see cref="MaxPermutations"/>:
/// small scopes average several shuffles, where one shuffle is noisy; a large sample is shuffled once.
/// </summary>
public sealed record DriverLimits
{
    public static DriverLimits Default { get; } = new();

    /// <summary>Respondents the model is trained on and its fit and permutation importance measured on (default 100,000).</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Rows shuffled per touchpoint across all its permutations (default 100,000).</summary>
    public int ShuffledRows { get; init; } = 100_000;

    /// <summary>Most shuffles per touchpoint (default 5); the decrease is their mean.</summary>
    public int MaxPermutations { get; init; } = 5;

    /// <summary>How the linear model is trained (default least squares in closed form; README, key drivers).</summary>
    public DriverTrainer Trainer { get; init; } = DriverTrainer.LeastSquares;

    /// <summary>Shuffles per touchpoint for a model of <paramref name="rows"/> rows.</summary>
    public int PermutationsFor(int rows) => Math.Clamp(ShuffledRows / Math.Max(rows, 1), 1, MaxPermutations);

    public void Validate()
    {
        if (MaxRows < 1 || ShuffledRows < 1 || MaxPermutations < 1)
        {
            throw new ArgumentException(
                $"驱动分析上限须为正数 / driver limits must be positive: {nameof(MaxRows)}={MaxRows}, "
                + $"{nameof(ShuffledRows)}={ShuffledRows}, {nameof(MaxPermutations)}={MaxPermutations}.");
        }
    }
}
