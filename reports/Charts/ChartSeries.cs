namespace Satisfaction.Reports.Charts;

/// <summary>
/// One series of a chart: its values bound to <see cref="ValuesRef"/> (e.g. <c>'排名'!$C$2:$C$14</c>), and the values
/// themselves, written as the cache viewers show before they recalculate. The name is <see cref="Name"/>, bound to the
/// cell <see cref="NameRef"/> when one is given. An empty value (null) is a gap.
/// </summary>
public sealed record ChartSeries(string Name, string ValuesRef, IReadOnlyList<double?> Values)
{
    /// <summary>The cell holding the name (e.g. <c>'排名'!$C$1</c>), so the legend follows edits; none means fixed text.</summary>
    public string? NameRef { get; init; }
}
