using System.Globalization;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Periods;

/// <summary>
/// A reporting period (SCORING.md 3): a calendar quarter written <c>2026Q3</c> or a month written
/// <c>2026-07</c>. The previous period is the one immediately before, whether or not it has data.
/// </summary>
public readonly record struct Period(PeriodKind Kind, int Year, int Number) : IComparable<Period>
{
    public static Period Of(DateOnly date, PeriodKind kind) => kind == PeriodKind.Quarter
        ? new Period(kind, date.Year, ((date.Month - 1) / 3) + 1)
        : new Period(kind, date.Year, date.Month);

    public Period Previous() => Number > 1
        ? this with { Number = Number - 1 }
        : new Period(Kind, Year - 1, Kind == PeriodKind.Quarter ? 4 : 12);

    public Period Next() => Number < (Kind == PeriodKind.Quarter ? 4 : 12)
        ? this with { Number = Number + 1 }
        : new Period(Kind, Year + 1, 1);

    public DateOnly Start => new(Year, Kind == PeriodKind.Quarter ? ((Number - 1) * 3) + 1 : Number, 1);

    public DateOnly End => (Kind == PeriodKind.Quarter ? Start.AddMonths(3) : Start.AddMonths(1)).AddDays(-1);

    public static Period Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var t = text.Trim().ToUpperInvariant();
        if (t.Length == 6 && t[4] == 'Q' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && t[5] is >= '1' and <= '4')
        {
            return new Period(PeriodKind.Quarter, y, t[5] - '0');
        }

        if (t.Length == 7 && t[4] == '-' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return new Period(PeriodKind.Month, year, month);
        }

        throw new FormatException($"'{text}' is not a period: write a quarter as 2026Q3 or a month as 2026-07.");
    }

    public int CompareTo(Period other) => Kind != other.Kind
        ? Kind.CompareTo(other.Kind)
        : (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => Kind == PeriodKind.Quarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}");

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
