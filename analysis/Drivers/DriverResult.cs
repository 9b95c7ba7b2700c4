using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The key drivers of a scope: one row per modelled touchpoint in scheme order, or no rows and the reason.
/// <see cref="Respondents"/> counts the respondents who answered the overall question; <see cref="RSquared"/> is the
/// model's in-sample fit on the rows the importance was measured on.
/// </summary>
public sealed record DriverResult
{
    public required IReadOnlyList<DriverRow> Rows { get; init; }

    public required int Respondents { get; init; }

    public double? RSquared { get; init; }

    /// <summary>Bilingual reason the scope has no drivers; null when it has them.</summary>
    public string? SkippedReason { get; init; }

    /// <summary>Touchpoints nobody in the scope answered: no performance, so neither modelled nor listed.</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    public int TrainingRows { get; init; }

    public int ImportanceRows { get; init; }

    public bool Skipped => SkippedReason is not null;

    internal static DriverResult Skip(int respondents, string reason, IReadOnlyList<string>? unanswered = null) => new()
    {
        Rows = [],
        Respondents = respondents,
        SkippedReason = reason,
        Unanswered = unanswered ?? [],
    };
}
