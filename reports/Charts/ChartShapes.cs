using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>Explicit fills and lines, so every viewer draws the same colours whatever the workbook theme.</summary>
internal static class ChartShapes
{
    private static readonly string[] Palette = ["4472C4", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5", "264478", "9E480E"];

    internal static string SeriesColor(int index) => Palette[index % Palette.Length];

    internal static C.ChartShapeProperties Filled(string color) =>
        new(new A.SolidFill(new A.RgbColorModelHex { Val = color }), new A.Outline(new A.NoFill()));

    internal static C.ChartShapeProperties Stroke(string color, int widthEmu = 28575) =>
        new(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = color })) { Width = widthEmu, CapType = A.LineCapValues.Round });

    internal static C.ChartShapeProperties Background() =>
        new(new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }), new A.Outline(new A.NoFill()));

    internal static C.ChartShapeProperties NoFill() =>
        new(new A.NoFill(), new A.Outline(new A.NoFill()));

    internal static C.ChartShapeProperties Line(string color) =>
        new(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = color })) { Width = 9525 });
}
