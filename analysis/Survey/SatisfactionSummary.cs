using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Statistics;

namespace Satisfaction.Analysis.Survey;

/// <summary>
/// A scope's satisfaction figures (SCORING.md 2.2): 满意度指数 with its 95% interval (<see cref="Index"/>.N is the
/// number of respondents with an index), 总体满意度, 满意度Top2 (a fraction), NPS (−100…100), 样本量 (every
/// respondent in the scope, with or without an index), and the change against the previous period.
/// </summary>
public sealed record SatisfactionSummary(
    string Scope,
    MeanInterval? Index,
    double? Overall,
    double? Top2,
    double? Nps,
    int SampleSize,
    double? PreviousIndex,
    double? Change,
    ChangeTest? ChangeTest);
