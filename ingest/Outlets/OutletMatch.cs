namespace Satisfaction.Ingest.Outlets;

/// <summary>The outlet a row names, how it was found, or the closest master names as hints.</summary>
public sealed record OutletMatch(Outlet? Outlet, OutletMatchedBy By, IReadOnlyList<string> Hints)
{
    public bool Found => Outlet is not null;

    /// <summary>
    /// True when the name (or alias) belongs to several outlets: nothing is picked, and <see cref="Hints"/>
    /// lists the candidates as "name (city code)" so the vendor can give the code instead.
    /// </summary>
    public bool Ambiguous { get; init; }
}

/// <summary>How a row's outlet was found.</summary>
public enum OutletMatchedBy
{
    None,
    Code,
    Name,
    Alias,
}
