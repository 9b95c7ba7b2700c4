namespace Satisfaction.Reports.Charts;

/// <summary>The category labels of a chart, bound to <see cref="Ref"/> (e.g. <c>'排名'!$B$2:$B$14</c>), with their cached text.</summary>
public sealed record ChartCategories(string Ref, IReadOnlyList<string> Labels);
