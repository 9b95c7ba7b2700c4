namespace Satisfaction.Ingest.Headers;

/// <summary>The kind of a vendor file, known from its header (DATA-CONTRACT.md 2.2).</summary>
public enum FileKind
{
    /// <summary>暗访: checklist item codes (A1 …, V1 …).</summary>
    MysteryShop,

    /// <summary>满意度调研: question codes (S1 …).</summary>
    Survey,
}
