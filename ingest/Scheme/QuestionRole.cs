namespace Satisfaction.Ingest.Scheme;

/// <summary>The part a survey question plays (SCORING.md 2.1).</summary>
public enum QuestionRole
{
    /// <summary>A touchpoint that feeds the respondent index with its weight.</summary>
    Touchpoint,

    /// <summary>总体满意度, the overall satisfaction question (S9).</summary>
    Overall,

    /// <summary>推荐意愿, the likelihood to recommend (S10), used for NPS.</summary>
    Recommend,
}
