namespace Satisfaction.Ingest.Store;

/// <summary>
/// Which current rows to read: those of some outlets, those dated within a range (both ends included), or all;
/// with their answers, or only what places them (id, outlet, date, file) for choosing what to load.
/// </summary>
public sealed record RecordSlice
{
    /// <summary>Every current row, with answers.</summary>
    public static RecordSlice All { get; } = new();

    /// <summary>Only rows of these outlet codes; null: every outlet.</summary>
    public IReadOnlyCollection<string>? OutletCodes { get; init; }

    /// <summary>The first date included; null: from the first row.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last date included; null: to the last row.</summary>
    public DateOnly? To { get; init; }

    /// <summary>False: answers, shopper and comment are left out (empty, null), and not parsed.</summary>
    public bool WithAnswers { get; init; } = true;

    /// <summary>True when the row at this outlet and date belongs to the slice.</summary>
    public bool Holds(string outletCode, DateOnly date) =>
        (OutletCodes is null || OutletCodes.Contains(outletCode))
        && (From is not { } from || date >= from)
        && (To is not { } to || date <= to);
}
