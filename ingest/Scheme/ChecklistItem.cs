namespace Satisfaction.Ingest.Scheme;

/// <summary>One checklist item (检查项). Veto items have no dimension and no points.</summary>
public sealed record ChecklistItem(string Code, string Text, string? DimensionKey, double Max, ItemType Type)
{
    public bool IsVeto => Type == ItemType.Veto;
}
