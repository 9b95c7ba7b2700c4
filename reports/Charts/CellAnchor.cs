using System.Text.RegularExpressions;

namespace Satisfaction.Reports.Charts;

/// <summary>
/// Where a drawing sits: from the top-left corner of cell (<see cref="FromColumn"/>, <see cref="FromRow"/>) to the
/// top-left corner of cell (<see cref="ToColumn"/>, <see cref="ToRow"/>). Zero-based, as in DrawingML: column 0 is A, row 0 is 1.
/// </summary>
public sealed partial record CellAnchor(int FromColumn, int FromRow, int ToColumn, int ToRow)
{
    /// <summary>The anchor covering an A1 range of cells, both corners included: <c>Cells("H2:P20")</c>.</summary>
    public static CellAnchor Cells(string range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var match = RangePattern().Match(range);
        if (!match.Success)
            throw new ArgumentException($"'{range}' is not an A1 range such as H2:P20.", nameof(range));
        var anchor = new CellAnchor(
            ColumnIndex(match.Groups[1].Value),
            int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1,
            ColumnIndex(match.Groups[3].Value) + 1,
            int.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture));
        anchor.Validate();
        return anchor;
    }

    /// <summary>Throws unless the corners are non-negative and the anchor spans at least one cell each way.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(FromColumn, nameof(FromColumn));
        ArgumentOutOfRangeException.ThrowIfNegative(FromRow, nameof(FromRow));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ToColumn, FromColumn, nameof(ToColumn));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ToRow, FromRow, nameof(ToRow));
    }

    private static int ColumnIndex(string letters) =>
        letters.ToUpperInvariant().Aggregate(0, (index, c) => (index * 26) + (c - 'A' + 1)) - 1;

    [GeneratedRegex(@"^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*):\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$")]
    private static partial Regex RangePattern();
}
