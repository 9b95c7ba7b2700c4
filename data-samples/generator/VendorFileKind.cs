namespace Satisfaction.Samples;

/// <summary>The two kinds of vendor file.</summary>
public enum VendorFileKind
{
    /// <summary>暗访: one row per visit, checklist items A1 … V4.</summary>
    Mystery,

    /// <summary>满意度调研: one row per respondent, questions S1 … S10.</summary>
    Survey,
}
