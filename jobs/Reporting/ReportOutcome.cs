using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// What one report pass wrote: per period and province, the province report and its city reports; and the
/// stored answers of the periods and places asked for that the scheme in force no longer allows (left out).
/// </summary>
public sealed record ReportOutcome(IReadOnlyList<WrittenScope> Written, TimeSpan Elapsed)
{
    public IReadOnlyList<DisallowedAnswer> Disallowed { get; init; } = [];

    /// <summary>Workbooks of the periods rewritten whose scope no longer has data, removed (see <see cref="StaleWorkbooks"/>).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}

/// <summary>A workbook written, with the figures the summary prints.</summary>
public sealed record WrittenScope(string Period, string Province, string? City, string Path, ScopeSummary Summary);
