namespace Satisfaction.Analysis.Reporting;

/// <summary>Key drivers of a scope (SCORING.md 2.3), or why there are none (too few respondents).</summary>
public sealed record DriverSummary(IReadOnlyList<DriverRow> Rows, string? SkippedReason, int Respondents, double? RSquared);
