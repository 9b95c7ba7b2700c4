using Satisfaction.Analysis.Periods;

namespace Satisfaction.Jobs.Reporting;

/// <summary>Which workbooks to write: some periods (null: all with data), optionally one province or city.</summary>
public sealed record ReportRequest(string OutFolder, IReadOnlyCollection<Period>? Periods = null, string? Province = null, string? City = null);
