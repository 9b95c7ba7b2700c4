using Satisfaction.Ingest.Errors;

namespace Satisfaction.Ingest.Rows;

/// <summary>What became of one sheet row: skipped (blank or a totals/notes row), accepted, or rejected with its issues.</summary>
public readonly record struct RowOutcome(ParsedRecord? Record, IReadOnlyList<RowIssue> Issues, bool Skipped);
