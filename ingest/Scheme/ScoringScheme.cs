namespace Satisfaction.Ingest.Scheme;

/// <summary>
/// The scoring rules in force (问卷评定原则): everything SCORING.md lets an analyst choose.
/// Ingestion uses the item and question definitions to read answers; analysis uses the rest.
/// </summary>
public sealed record ScoringScheme
{
    public required PeriodKind Period { get; init; }

    public required IReadOnlyList<Dimension> Dimensions { get; init; }

    public required IReadOnlyList<ChecklistItem> Items { get; init; }

    public required VetoRule Veto { get; init; }

    public required Aggregation Aggregation { get; init; }

    public required int MinVisits { get; init; }

    public required IReadOnlyList<SurveyQuestion> Questions { get; init; }

    public required int MinResponses { get; init; }

    public required int MinDriverResponses { get; init; }

    public ChecklistItem? FindItem(string code) =>
        Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    public SurveyQuestion? FindQuestion(string code) =>
        Questions.FirstOrDefault(q => string.Equals(q.Code, code, StringComparison.OrdinalIgnoreCase));
}
