namespace Satisfaction.Ingest.Headers;

/// <summary>An answer column: the scheme code it holds and its 0-based position.</summary>
public sealed record AnswerColumn(string Code, int Index);
