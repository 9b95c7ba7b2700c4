using Microsoft.ML;
using Satisfaction.Analysis.Drivers;

namespace Satisfaction.Analysis.Tests.Drivers;

/// <summary>
/// The in-memory R² and permutation importance against ML.NET's own evaluator and PermutationFeatureImportance on
/// the same trained model, and the closed-form least squares against ML.NET's SDCA.
/// </summary>
public sealed class PermutationImportanceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheInMemoryImportanceIsMlNetsWithinOneHundredth(bool correlated)
    {
        var matrix = Matrix(correlated);
        var (ml, model, data) = SdcaTraining.Train(matrix, seed: 1);
        var fit = new LinearFit([.. model.Model.Weights.Select(w => (double)w)], model.Model.Bias);

        var mlFit = ml.Regression.Evaluate(model.Transform(data), nameof(ModelRow.Label));
        var mlImportance = ml.Regression.PermutationFeatureImportance(model, data, nameof(ModelRow.Label), permutationCount: 5)
            .Select(m => -m.RSquared.Mean).ToArray();
        var (rSquared, decreases) = PermutationImportance.Measure(matrix, fit, seed: 1, permutations: 5);

        Assert.Equal(mlFit.RSquared, rSquared, 1e-4);
        Assert.Equal(mlImportance.Length, decreases.Length);
        Assert.Contains(decreases, d => d > 0.05); // the comparison is not between zeros
        for (var f = 0; f < decreases.Length; f++)
        {
            Assert.True(Math.Abs(mlImportance[f] - decreases[f]) <= 0.01, $"S{f + 1}: ML.NET {mlImportance[f]:F4}, in memory {decreases[f]:F4}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LeastSquaresFindsTheWeightsSdcaConvergesOn(bool correlated)
    {
        var matrix = Matrix(correlated);

        var sdca = SdcaTraining.Fit(matrix, seed: 1);
        var exact = LeastSquaresTraining.Fit(matrix);

        for (var f = 0; f < matrix.Features; f++)
        {
            Assert.Equal(sdca.Weights[f], exact.Weights[f], 0.01);
        }

        var sdcaR2 = PermutationImportance.RSquared(matrix.Labels, matrix.Predict(sdca));
        var exactR2 = PermutationImportance.RSquared(matrix.Labels, matrix.Predict(exact));
        Assert.True(exactR2 >= sdcaR2 - 1e-9, $"least squares R² {exactR2} below SDCA's {sdcaR2}");
    }

    [Fact]
    public void AConstantTouchpointGetsNoWeightAndNoImportance()
    {
        var samples = PlantedSurvey.Respondents(1_000).Select(s => s with { Touchpoints = [.. s.Touchpoints.Select((v, t) => t == 2 ? 50f : v)] }).ToList();
        var matrix = Build(samples);

        var fit = LeastSquaresTraining.Fit(matrix);
        var (_, decreases) = PermutationImportance.Measure(matrix, fit, seed: 1, permutations: 3);

        Assert.Equal(0, fit.Weights[2], 1e-6);
        Assert.Equal(0, decreases[2], 1e-9);
        Assert.True(decreases[3] > 0.1, $"S4 {decreases[3]}");
    }

    [Fact]
    public void ShufflingAnUnusedFeatureChangesNothingAndAUsedOneLowersRSquared()
    {
        var matrix = Matrix(correlated: false);
        var fit = new LinearFit([0, 0, 0, 1, 0, 0, 0], 0);

        var (_, decreases) = PermutationImportance.Measure(matrix, fit, seed: 4, permutations: 2);

        Assert.Equal([0, 0, 0], decreases[..3]);
        Assert.True(decreases[3] > 0.5, $"S4 {decreases[3]}");
    }

    // 4,000 planted respondents; correlated: a shared mood moves every touchpoint, as real ones move together.
    private static ModelMatrix Matrix(bool correlated)
    {
        var samples = PlantedSurvey.Respondents(4_000);
        if (correlated)
        {
            var random = new Random(11);
            samples = [.. samples.Select(s =>
            {
                var mood = (float)((random.NextDouble() * 30) - 15);
                var scores = s.Touchpoints.Select(v => Math.Clamp(v + mood, 0, 100)).ToArray();
                var overall = PlantedSurvey.Weights.Select((w, t) => w * scores[t]).Sum() + ((random.NextDouble() * 6) - 3);
                return new DriverSample((float)overall, scores);
            })];
        }

        return Build(samples);
    }

    private static ModelMatrix Build(IReadOnlyList<DriverSample> samples)
    {
        int[] modelled = [.. Enumerable.Range(0, PlantedSurvey.Touchpoints.Count)];
        var (means, _) = ScopeMeans.Of(samples, modelled.Length);
        var rows = ModelRows.Prepare(samples, modelled, means);
        return rows.Build([.. Enumerable.Range(0, rows.Respondents.Length)]);
    }
}
