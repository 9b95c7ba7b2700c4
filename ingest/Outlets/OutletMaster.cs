namespace Satisfaction.Ingest.Outlets;

/// <summary>
/// The outlet master (DATA-CONTRACT.md 1): which outlets, cities and provinces exist.
/// Matching (2.4): by code first (trimmed, full-width folded, case-insensitive), else by name against
/// names and aliases (trimmed, folded, spaces removed). No guessing beyond that; when nothing matches,
/// the three closest master names (edit distance on the name key) are returned as hints.
/// </summary>
public sealed class OutletMaster
{
    public OutletMaster(IReadOnlyList<Outlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        Outlets = outlets;
        throw new NotImplementedException();
    }

    public IReadOnlyList<Outlet> Outlets { get; }

    public Outlet? FindByCode(string code) => throw new NotImplementedException();

    public OutletMatch Match(string? code, string? name) => throw new NotImplementedException();
}
