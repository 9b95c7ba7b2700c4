using Satisfaction.Analysis.Input;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// One respondent scored (SCORING.md 2.2). Converted scores are 0–100; raw answers are scale points.
/// <see cref="Index"/> is null when no touchpoint was answered. <see cref="Touchpoints"/> holds the converted
/// touchpoint scores in the scheme's touchpoint order (null where N/A), for driver analysis; when scored in
/// bulk it is a slice of one buffer shared by the batch, so a million respondents do not mean a million arrays.
/// A struct: a batch is one array, not a million objects for the garbage collector to promote.
/// </summary>
public readonly record struct RespondentScore(
    ResponseRecord Response,
    double? Index,
    double? Overall,
    double? OverallAnswer,
    double? RecommendAnswer,
    ReadOnlyMemory<double?> Touchpoints);
