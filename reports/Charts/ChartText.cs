using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>Chart text with the typeface set for Latin and East Asian script, so Chinese never falls back to a font without it.</summary>
internal static class ChartText
{
    internal const string Language = "zh-CN";
    private const string TextColor = "404040";

    internal static C.TextProperties Properties(string font, int size, bool bold = false) =>
        new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(DefaultRun(font, size, bold)),
                new A.EndParagraphRunProperties { Language = Language }));

    internal static C.Title Title(string text, string font, int size) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(DefaultRun(font, size, bold: true)),
                    new A.Run(
                        new A.RunProperties(Fill(), new A.LatinFont { Typeface = font }, new A.EastAsianFont { Typeface = font })
                        {
                            Language = Language,
                            FontSize = size,
                            Bold = true,
                        },
                        new A.Text(text))))),
            new C.Overlay { Val = false });

    private static A.DefaultRunProperties DefaultRun(string font, int size, bool bold) =>
        new(Fill(), new A.LatinFont { Typeface = font }, new A.EastAsianFont { Typeface = font })
        {
            FontSize = size,
            Bold = bold,
        };

    private static A.SolidFill Fill() => new(new A.RgbColorModelHex { Val = TextColor });
}
