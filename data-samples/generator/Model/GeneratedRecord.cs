using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Samples.Model;

/// <summary>One visit or one respondent, as generated; answers follow the scheme's items or questions in order.</summary>
internal sealed record GeneratedRecord(
    string Id,
    Outlet Outlet,
    DateTime When,
    string? ShopperId,
    AnswerValue[] Answers,
    string Comment,
    string Phone);
