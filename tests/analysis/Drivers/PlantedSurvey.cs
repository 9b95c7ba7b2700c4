using Satisfaction.Analysis.Drivers;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Tests.Drivers;

/// <summary>
/// Synthetic respondents whose S9 is planted: S9 = 0.6·S4 + 0.3·S6 + 0.02·(S1 + S2 + S3 + S5 + S7) + noise.
/// Touchpoint i is drawn around <see cref="Centres"/>[i] so that performances differ in a known way.
/// </summary>
internal static class PlantedSurvey
{
    // S1 … S7: S4 performs worst, S6 best.
    public static readonly double[] Centres = [70, 75, 60, 45, 72, 88, 65];

    public static readonly double[] Weights = [0.02, 0.02, 0.02, 0.6, 0.02, 0.3, 0.02];

    public static IReadOnlyList<SurveyQuestion> Touchpoints { get; } =
    [
        new("S1", "营业环境", QuestionRole.Touchpoint, 15, 0, 10),
        new("S2", "等候时间", QuestionRole.Touchpoint, 15, 0, 10),
        new("S3", "引导分流", QuestionRole.Touchpoint, 10, 0, 10),
        new("S4", "服务态度", QuestionRole.Touchpoint, 20, 0, 10),
        new("S5", "业务熟练程度", QuestionRole.Touchpoint, 15, 0, 10),
        new("S6", "办理效率", QuestionRole.Touchpoint, 15, 0, 10),
        new("S7", "资费解释清晰", QuestionRole.Touchpoint, 10, 0, 10),
    ];

    public static List<DriverSample> Respondents(int count, int seed = 7)
    {
        var random = new Random(seed);
        var samples = new List<DriverSample>(count);
        for (var r = 0; r < count; r++)
        {
            var scores = new float[Centres.Length];
            double overall = 0;
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] = (float)Math.Clamp(Centres[t] + (random.NextDouble() * 40) - 20, 0, 100);
                overall += Weights[t] * scores[t];
            }

            overall += (random.NextDouble() * 6) - 3;
            samples.Add(new DriverSample((float)overall, scores));
        }

        return samples;
    }
}
