using System.Text.RegularExpressions;

namespace Satisfaction.Reports.Charts;

/// <summary>Absolute sheet-qualified references for chart formulas: <c>'排名'!$B$2:$B$14</c>.</summary>
public static partial class ChartRange
{
    /// <summary>The absolute reference to <paramref name="range"/> (A1 form, e.g. <c>B2:B14</c> or <c>C1</c>) on <paramref name="sheetName"/>.</summary>
    public static string Of(string sheetName, string range)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(range);
        if (!CellsPattern().IsMatch(range))
            throw new ArgumentException($"'{range}' is not an A1 cell or range such as B2:B14.", nameof(range));
        var absolute = CellPattern().Replace(range.Replace("$", string.Empty, StringComparison.Ordinal), "$$$1$$$2");
        return $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!{absolute.ToUpperInvariant()}";
    }

    [GeneratedRegex(@"^\$?[A-Za-z]{1,3}\$?[1-9][0-9]*(:\$?[A-Za-z]{1,3}\$?[1-9][0-9]*)?$")]
    private static partial Regex CellsPattern();

    [GeneratedRegex("([A-Za-z]{1,3})([0-9]+)")]
    private static partial Regex CellPattern();
}
