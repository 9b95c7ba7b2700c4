namespace Satisfaction.Ingest.Headers;

/// <summary>The names of a file kind as the ledger, reports and messages write them.</summary>
public static class FileKindNames
{
    public static string Stored(this FileKind kind) => kind == FileKind.MysteryShop ? "mystery" : "survey";

    public static string Chinese(this FileKind kind) => kind == FileKind.MysteryShop ? "暗访" : "满意度";

    public static FileKind? FromStored(string? text) => text switch
    {
        "mystery" => FileKind.MysteryShop,
        "survey" => FileKind.Survey,
        _ => null,
    };
}
