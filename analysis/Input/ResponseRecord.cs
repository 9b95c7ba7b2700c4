using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>A loaded survey response with its outlet resolved against the master: answers as read, by question code.</summary>
public sealed record ResponseRecord(
    string RespondentId,
    Outlet Outlet,
    DateOnly Date,
    IReadOnlyDictionary<string, Answer> Answers);
