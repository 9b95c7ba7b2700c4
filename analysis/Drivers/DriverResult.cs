using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// The key drivers of a scope: one row per modelled touchpoint in scheme order, or no rows and the reason.
/// <see cref="Respondents"/> counts the respondents who answered the overall question; <see cref="RSquared"/> is the
/// model's in-sample fit.
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

    /// <summary>Respondents the model was trained and measured on: all of them, or the sample of <see cref="DriverLimits.MaxRows"/>.</summary>
    public int ModelledRows { get; init; }

    public bool Skipped => SkippedReason is not null;

    internal static DriverResult Skip(int respondents, string reason, IReadOnlyList<string>? unanswered = null) => new()
    {
        Rows = [],
        Respondents = respondents,
        SkippedReason = reason,
        Unanswered = unanswered ?? [],
    };
}
