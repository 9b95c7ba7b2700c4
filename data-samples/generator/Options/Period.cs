using System.Globalization;
using System.Text.RegularExpressions;

namespace Satisfaction.Samples.Options;

/// <summary>A reporting period, <c>2026Q3</c> or <c>2026-07</c>, as the days it covers.</summary>
internal sealed partial record Period(string Name, DateOnly First, DateOnly Last)
{
    /// <summary>Quarters since year 0: a stable ordinal for the province's slow upward trend.</summary>
    public double QuarterOrdinal => First.Year * 4 + (First.Month - 1) / 3.0;

    public int Days => Last.DayNumber - First.DayNumber + 1;

    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Pattern().Match(text.Trim());
        if (!m.Success)
        {
            throw new ArgumentException($"A period is written 2026Q3 or 2026-07, not '{text}'.", nameof(text));
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["q"].Success)
        {
            var first = new DateOnly(year, (int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
            return new Period(text.Trim(), first, first.AddMonths(3).AddDays(-1));
        }

        var start = new DateOnly(year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1);
        return new Period(text.Trim(), start, start.AddMonths(1).AddDays(-1));
    }

    [GeneratedRegex(@"^(?<y>\d{4})(Q(?<q>[1-4])|-(?<m>0[1-9]|1[0-2]))$")]
    private static partial Regex Pattern();
}
