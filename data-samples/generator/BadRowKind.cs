namespace Satisfaction.Samples;

/// <summary>The row errors a messy file is salted with; each rejects its row (DATA-CONTRACT.md 2.5).</summary>
public enum BadRowKind
{
    /// <summary>An outlet the master does not know (code 0259999, name 南京火星路营业厅).</summary>
    UnknownOutlet,

    /// <summary>A date that does not exist (2026-02-30, 2026-09-31).</summary>
    ImpossibleDate,

    /// <summary>An answer off its item or scale: 7 on a 3-point yes/no item, 11 on a 0–10 question.</summary>
    AnswerOutOfRange,

    /// <summary>An empty visit or respondent id.</summary>
    MissingId,

    /// <summary>The same id twice with different content: both rows are rejected (both are counted).</summary>
    ConflictingDuplicate,
}
