namespace Satisfaction.Reports.Workbooks;

/// <summary>How a column's values are written and shown.</summary>
public enum ColumnKind
{
    /// <summary>Our own text (names from the master, labels): written as text.</summary>
    Text,

    /// <summary>Text from vendor files: always text, never a formula, personal data masked.</summary>
    VendorText,

    /// <summary>A score 0–100, shown 0.0, with a colour scale.</summary>
    Score,

    /// <summary>A change in score, shown +0.0, red when down and green when up.</summary>
    Change,

    /// <summary>A fraction shown as a percentage 0.0%.</summary>
    Rate,

    /// <summary>A count or rank.</summary>
    Count,

    /// <summary>A real Excel date, shown yyyy-mm-dd.</summary>
    Date,

    /// <summary>A plain number with three decimals (p-values, correlations, importance shares as numbers).</summary>
    Number,
}
