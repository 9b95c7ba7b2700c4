using System.Globalization;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// One workbook: a period's province workbook (no city) or one city's. Small and textual, because it is
/// what a queued job carries and what a rebuild's progress lists.
/// </summary>
public sealed record WorkbookScope(string Period, string Province, string? City)
{
    /// <summary>A stable text key, e.g. <c>2026Q3/江苏</c> or <c>2026Q3/江苏/南京</c>.</summary>
    public string Key => City is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Period}/{Province}")
        : string.Create(CultureInfo.InvariantCulture, $"{Period}/{Province}/{City}");

    public static WorkbookScope FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var parts = key.Split('/');
        return parts.Length switch
        {
            2 => new WorkbookScope(parts[0], parts[1], null),
            3 => new WorkbookScope(parts[0], parts[1], parts[2]),
            _ => throw new FormatException($"'{key}' is not a workbook key (period/province[/city])"),
        };
    }

    public override string ToString() => Key;
}
