using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Reporting;

/// <summary>The scheme in force and where it came from, for 方法说明.</summary>
public sealed record SchemeDescription(ScoringScheme Scheme, string Source);
