using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// Where the scale points split (SCORING.md 2.2). Top2: an overall answer at High − 1 or above (9–10 on 0–10,
/// 4–5 on 1–5). NPS: promoters answer 9–10 and detractors 0–6 on 0–10; on another scale the same places,
/// 90% and 60% of the way up (promoter at converted ≥ 90, detractor at converted ≤ 60).
/// </summary>
internal readonly record struct ScaleCuts(double Top2From, double PromoterFrom, double DetractorTo)
{
    private const double Tolerance = 1e-9;

    public static ScaleCuts From(ScoringScheme scheme)
    {
        var overall = scheme.Questions.FirstOrDefault(q => q.Role == QuestionRole.Overall);
        var recommend = scheme.Questions.FirstOrDefault(q => q.Role == QuestionRole.Recommend);
        var (lo, hi) = recommend is null ? (0.0, 10.0) : (recommend.Low, recommend.High);
        return new ScaleCuts(
            overall is null ? double.PositiveInfinity : overall.High - 1 - Tolerance,
            lo + (0.9 * (hi - lo)) - Tolerance,
            lo + (0.6 * (hi - lo)) + Tolerance);
    }
}
