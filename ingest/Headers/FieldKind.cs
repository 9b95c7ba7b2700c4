namespace Satisfaction.Ingest.Headers;

/// <summary>The named (non-answer) columns of a vendor file (DATA-CONTRACT.md 2.3).</summary>
public enum FieldKind
{
    VisitId,
    RespondentId,
    OutletCode,
    OutletName,
    City,
    Date,
    ShopperId,
    Comment,
}
