namespace Satisfaction.Reports.Charts;

/// <summary>What <see cref="NativeCharts"/> draws: a native Excel chart bound to cell ranges.</summary>
public sealed record ChartSpec
{
    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    public required ChartCategories Categories { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public required CellAnchor Anchor { get; init; }

    /// <summary>Fixed lower bound of the value axis; none lets the viewer choose.</summary>
    public double? AxisMin { get; init; }

    /// <summary>Fixed upper bound of the value axis; none lets the viewer choose.</summary>
    public double? AxisMax { get; init; }

    /// <summary>Excel number format of the values, on the axis, the data labels and the cache.</summary>
    public string NumberFormat { get; init; } = "0.0";

    /// <summary>Title of the value axis; none for no title.</summary>
    public string? ValueAxisTitle { get; init; }

    /// <summary>Write each value beside its bar, point or marker.</summary>
    public bool ShowValues { get; init; }

    /// <summary>Show the legend; by default only when there is more than one series.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>The typeface of every text, Latin and East Asian; viewers without it substitute a CJK font.</summary>
    public string FontFamily { get; init; } = "Microsoft YaHei";

    /// <summary>Throws, naming the problem, unless the spec can be drawn.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
        ArgumentNullException.ThrowIfNull(Categories, nameof(Categories));
        ArgumentException.ThrowIfNullOrWhiteSpace(Categories.Ref, nameof(Categories));
        ArgumentNullException.ThrowIfNull(Series, nameof(Series));
        ArgumentNullException.ThrowIfNull(Anchor, nameof(Anchor));
        ArgumentException.ThrowIfNullOrWhiteSpace(NumberFormat, nameof(NumberFormat));
        ArgumentException.ThrowIfNullOrWhiteSpace(FontFamily, nameof(FontFamily));
        Anchor.Validate();
        if (!Enum.IsDefined(Kind))
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown chart kind.");
        if (Series.Count == 0)
            throw new ArgumentException($"Chart '{Title}' has no series.", nameof(Series));
        foreach (var series in Series)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(series.ValuesRef, nameof(Series));
            if (series.Values.Count != Categories.Labels.Count)
                throw new ArgumentException(
                    $"Chart '{Title}', series '{series.Name}': {series.Values.Count} values for {Categories.Labels.Count} categories.",
                    nameof(Series));
        }

        if (AxisMin is { } min && AxisMax is { } max && min >= max)
            throw new ArgumentException($"Chart '{Title}': axis minimum {min} is not below maximum {max}.", nameof(AxisMin));
    }
}
