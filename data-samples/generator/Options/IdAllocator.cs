using System.Globalization;

namespace Satisfaction.Samples.Options;

/// <summary>
/// Hands out visit ids (<c>AF-2026Q3-0001</c>) and respondent ids (<c>MY-2026Q3-000001</c>), numbered per
/// period. Not thread-safe: one file set is written by one thread.
/// </summary>
public sealed class IdAllocator
{
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string NextVisitId(string period) => "AF-" + period + "-" + Next("AF" + period).ToString("D4", CultureInfo.InvariantCulture);

    public string NextRespondentId(string period) => "MY-" + period + "-" + Next("MY" + period).ToString("D6", CultureInfo.InvariantCulture);

    private int Next(string key)
    {
        var n = _next.GetValueOrDefault(key) + 1;
        _next[key] = n;
        return n;
    }
}
