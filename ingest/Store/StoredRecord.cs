using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Store;

/// <summary>A current (not replaced) visit or response as stored: answers as read, keyed by code.</summary>
public sealed record StoredRecord(
    FileKind Kind,
    string Id,
    string OutletCode,
    DateOnly Date,
    string? ShopperId,
    string? Comment,
    IReadOnlyDictionary<string, Answer> Answers,
    long FileId)
{
    /// <summary>The answers of a row read without them (<see cref="RecordSlice.WithAnswers"/> false).</summary>
    public static IReadOnlyDictionary<string, Answer> NoAnswers { get; } = new Dictionary<string, Answer>();
}
