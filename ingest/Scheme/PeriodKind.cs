namespace Satisfaction.Ingest.Scheme;

/// <summary>The reporting period: calendar quarter (<c>2026Q3</c>) or month (<c>2026-07</c>).</summary>
public enum PeriodKind
{
    Quarter,
    Month,
}
