namespace Satisfaction.Reports.Charts;

/// <summary>The native Excel chart types the reports use.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars (c:barChart, barDir bar); the first category is drawn at the top, as in a ranking.</summary>
    ClusteredBar,

    /// <summary>Vertical columns (c:barChart, barDir col).</summary>
    ClusteredColumn,

    /// <summary>Lines with markers (c:lineChart), e.g. scores over periods.</summary>
    Line,

    /// <summary>Radar with markers (c:radarChart), e.g. a dimension profile.</summary>
    Radar,
}
