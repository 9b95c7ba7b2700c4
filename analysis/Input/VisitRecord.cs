using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>A loaded mystery-shop visit with its outlet resolved against the master: answers as read, by item code.</summary>
public sealed record VisitRecord(
    string VisitId,
    Outlet Outlet,
    DateOnly Date,
    string? ShopperId,
    string? Comment,
    IReadOnlyDictionary<string, Answer> Answers);
