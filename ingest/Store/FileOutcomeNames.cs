namespace Satisfaction.Ingest.Store;

/// <summary>The stored and displayed names of outcomes (<c>archived</c>, <c>duplicate</c>, <c>quarantined</c>).</summary>
public static class FileOutcomeNames
{
    public static string Stored(this FileOutcome outcome) => outcome switch
    {
        FileOutcome.Archived => "archived",
        FileOutcome.Duplicate => "duplicate",
        _ => "quarantined",
    };

    public static string Chinese(this FileOutcome outcome) => outcome switch
    {
        FileOutcome.Archived => "已归档",
        FileOutcome.Duplicate => "重复",
        _ => "已隔离",
    };

    public static FileOutcome Parse(string text) => text switch
    {
        "archived" => FileOutcome.Archived,
        "duplicate" => FileOutcome.Duplicate,
        "quarantined" => FileOutcome.Quarantined,
        _ => throw new FormatException($"Unknown file outcome '{text}'."),
    };
}
