using Satisfaction.Analysis.Periods;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Which workbooks to write: some periods (null: all with data), optionally one province or city.
/// With <see cref="ChangedFiles"/>, only the periods those files' rows fall in or the rows they replaced
/// left, and the ones after them whose previous period and trend they feed.
/// </summary>
public sealed record ReportRequest(string OutFolder, IReadOnlyCollection<Period>? Periods = null, string? Province = null, string? City = null)
{
    public IReadOnlyCollection<long>? ChangedFiles { get; init; }
}
