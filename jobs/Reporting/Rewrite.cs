using Satisfaction.Analysis.Periods;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// What a pass rewrites, period by period: every province of a period (a rerun, a changed scheme, master or out
/// folder) or only the provinces whose rows changed in it. A province's workbooks read only its own rows, so a file
/// from one province's vendor leaves every other province's workbooks as they are — in a country, 1 province's
/// workbooks written instead of 31.
/// </summary>
public sealed class Rewrite
{
    // A period mapped to null is rewritten for every province.
    private readonly SortedDictionary<Period, HashSet<string>?> _periods = [];

    /// <summary>The periods with anything to rewrite, oldest first.</summary>
    public IReadOnlyCollection<Period> Periods => _periods.Keys;

    /// <summary>Every province of these periods.</summary>
    public static Rewrite Whole(IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var rewrite = new Rewrite();
        foreach (var period in periods)
        {
            rewrite._periods[period] = null;
        }

        return rewrite;
    }

    /// <summary>Adds one province of one period (nothing changes if the period is already rewritten whole).</summary>
    public void Add(Period period, string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (!_periods.TryGetValue(period, out var provinces))
        {
            _periods[period] = provinces = new HashSet<string>(StringComparer.Ordinal);
        }

        provinces?.Add(province);
    }

    public bool Includes(Period period, string province) =>
        _periods.TryGetValue(period, out var provinces) && (provinces is null || provinces.Contains(province));
}
