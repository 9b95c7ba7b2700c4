using System.Collections.Concurrent;
using System.Collections.Frozen;
using Quickenshtein;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Outlets;

/// <summary>
/// The outlet master (DATA-CONTRACT.md 1): which outlets, cities and provinces exist.
/// Matching (2.4): by code first (trimmed, full-width folded, case-insensitive), else by name against
/// names and aliases (trimmed, folded, spaces removed). No guessing beyond that; when nothing matches,
/// the three closest master names (edit distance on the name key) are returned as hints.
/// </summary>
/// <remarks>
/// A name or alias key that two outlets share (two 城关营业厅 in different cities, or one outlet's alias
/// being another's name) is ambiguous: it matches nothing, and the hints list the outlets it could be,
/// as "name (city code)", with <see cref="OutletMatch.Ambiguous"/> set.
/// </remarks>
public sealed class OutletMaster
{
    private const int MaxHints = 3;
    private const int HintCacheLimit = 10_000;

    private readonly FrozenDictionary<string, Outlet> _byCode;
    private readonly FrozenDictionary<string, Outlet[]> _byName;
    private readonly (string Key, string Name)[] _nameKeys;
    private readonly ConcurrentDictionary<string, string[]> _hintCache = new(StringComparer.Ordinal);

    public OutletMaster(IReadOnlyList<Outlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        Outlets = outlets;

        var codes = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<Outlet>>(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            if (outlet is null || string.IsNullOrWhiteSpace(outlet.Code))
                throw new ArgumentException("营业厅缺少编码 / an outlet has no code", nameof(outlets));
            if (!codes.TryAdd(TextFolding.Key(outlet.Code), outlet))
                throw new ArgumentException($"营业厅编码重复 / duplicate outlet code '{outlet.Code}'", nameof(outlets));

            foreach (var name in outlet.Aliases.Prepend(outlet.Name))
            {
                var key = string.IsNullOrWhiteSpace(name) ? null : TextFolding.Key(name);
                if (key is null)
                    continue;
                if (!names.TryGetValue(key, out var list))
                    names[key] = list = [];
                if (!list.Contains(outlet))
                    list.Add(outlet);
            }
        }

        _byCode = codes.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = names.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _nameKeys = [.. outlets
            .Where(o => !string.IsNullOrWhiteSpace(o.Name))
            .Select(o => (Key: TextFolding.Key(o.Name), o.Name))
            .DistinctBy(pair => pair.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<Outlet> Outlets { get; }

    public Outlet? FindByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(TextFolding.Key(code));
    }

    public OutletMatch Match(string? code, string? name)
    {
        if (!string.IsNullOrWhiteSpace(code) && FindByCode(code) is { } byItsCode)
            return new(byItsCode, OutletMatchedBy.Code, []);

        if (string.IsNullOrWhiteSpace(name))
            return new(null, OutletMatchedBy.None, []);

        var key = TextFolding.Key(name);
        if (_byName.TryGetValue(key, out var found))
        {
            if (found.Length == 1)
            {
                var outlet = found[0];
                var by = TextFolding.Key(outlet.Name) == key ? OutletMatchedBy.Name : OutletMatchedBy.Alias;
                return new(outlet, by, []);
            }

            return new(null, OutletMatchedBy.None, [.. found.Select(o => $"{o.Name} ({o.City} {o.Code})")]) { Ambiguous = true };
        }

        return new(null, OutletMatchedBy.None, ClosestNames(key));
    }

    /// <summary>Up to three master names closest to the key by edit distance, closest first, ties by name.</summary>
    private string[] ClosestNames(string key)
    {
        if (_hintCache.TryGetValue(key, out var cached))
            return cached;

        var hints = _nameKeys
            .Select(pair => (pair.Name, Distance: Levenshtein.GetDistance(key, pair.Key)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Name, StringComparer.Ordinal)
            .Take(MaxHints)
            .Select(pair => pair.Name)
            .ToArray();

        if (_hintCache.Count >= HintCacheLimit)
            _hintCache.Clear();
        _hintCache[key] = hints;
        return hints;
    }
}
