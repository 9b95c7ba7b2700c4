namespace Satisfaction.Reports.Writing;

/// <summary>
/// How a cell looks: number format, font and fill. Equal styles share one entry of the workbook's style sheet
/// (<see cref="StyleBook"/>); colours are RGB hex without '#'.
/// </summary>
public sealed record CellStyle
{
    public static readonly CellStyle Plain = new();

    public string? NumberFormat { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public double? FontSize { get; init; }

    public string? FontColor { get; init; }

    public string? Fill { get; init; }

    public bool AlignLeft { get; init; }
}
