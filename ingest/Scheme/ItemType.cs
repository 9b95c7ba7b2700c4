namespace Satisfaction.Ingest.Scheme;

/// <summary>How a checklist item is answered (SCORING.md 1.2).</summary>
public enum ItemType
{
    /// <summary>All of the item's points or none.</summary>
    YesNo,

    /// <summary>A number of points from 0 to the item's max.</summary>
    Points,

    /// <summary>No points; a no vetoes the visit (一票否决).</summary>
    Veto,
}
