using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Errors;

/// <summary>Everything an error report shows about one file: its ledger entry and its issues.</summary>
public sealed record FileReport(LedgerEntry Entry, IReadOnlyList<RowIssue> Issues, int IssuesNotListed);
