using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// Which touchpoints the key-driver model uses (SCORING.md 2.3): every touchpoint of the scheme, in scheme order,
/// except an exclusion list. The default leaves out S8 (投诉处理), which is N/A for everyone who did not complain;
/// imputing it for nearly all respondents would model the imputation, not the customers.
/// </summary>
public static class DriverTouchpoints
{
    public static IReadOnlyList<string> DefaultExcluded { get; } = ["S8"];

    public static IReadOnlyList<SurveyQuestion> Select(IEnumerable<SurveyQuestion> questions, IReadOnlyCollection<string>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var leftOut = new HashSet<string>(excluded ?? DefaultExcluded, StringComparer.OrdinalIgnoreCase);
        return [.. questions.Where(q => q.Role == QuestionRole.Touchpoint && !leftOut.Contains(q.Code))];
    }
}
