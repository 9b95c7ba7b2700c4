namespace Satisfaction.Ingest.Scheme;

/// <summary>How city and province scores are built from visits (SCORING.md 1.5).</summary>
public enum Aggregation
{
    /// <summary>Mean of outlet scores: each outlet with a visit counts once.</summary>
    Outlet,

    /// <summary>Mean of all visit scores in the scope.</summary>
    Visit,
}
