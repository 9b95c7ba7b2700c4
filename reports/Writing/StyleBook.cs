using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// The style sheet of one workbook, filled while its sheets are written: each distinct <see cref="CellStyle"/>
/// gets a cell format index (0 is the plain default), and the differential formats of the conditional
/// colours have fixed ids (<see cref="FallingFont"/>, <see cref="RisingFont"/>). Not shared between workbooks.
/// </summary>
internal sealed class StyleBook
{
    public const uint FallingFont = 0;
    public const uint RisingFont = 1;
    public const string Falling = "C00000";
    public const string Rising = "008000";

    private const string DefaultFont = "Calibri";
    private const double DefaultSize = 11;

    private readonly Dictionary<CellStyle, uint> _indexes = new() { [CellStyle.Plain] = 0 };
    private readonly List<CellStyle> _styles = [CellStyle.Plain];

    public uint Of(CellStyle style)
    {
        if (!_indexes.TryGetValue(style, out var index))
        {
            index = (uint)_styles.Count;
            _styles.Add(style);
            _indexes[style] = index;
        }

        return index;
    }

    public Stylesheet Build()
    {
        var formats = _styles.Select(s => s.NumberFormat).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((code, i) => (Code: code, Id: 164u + (uint)i)).ToDictionary(f => f.Code, f => f.Id, StringComparer.Ordinal);
        var fonts = _styles.Select(FontKey).Distinct().ToList();
        var fills = _styles.Select(s => s.Fill).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        var cellFormats = new CellFormats { Count = (uint)_styles.Count };
        foreach (var style in _styles)
        {
            var format = new CellFormat
            {
                NumberFormatId = style.NumberFormat is { } code ? formats[code] : 0u,
                FontId = (uint)fonts.IndexOf(FontKey(style)),
                FillId = style.Fill is { } fill ? 2u + (uint)fills.IndexOf(fill) : 0u,
                BorderId = 0,
                FormatId = 0,
                ApplyNumberFormat = style.NumberFormat is not null,
                ApplyFont = FontKey(style) != FontKey(CellStyle.Plain),
                ApplyFill = style.Fill is not null,
            };
            if (style.AlignLeft)
            {
                format.ApplyAlignment = true;
                format.Append(new Alignment { Horizontal = HorizontalAlignmentValues.Left });
            }

            cellFormats.Append(format);
        }

        return new Stylesheet(
            new NumberingFormats(formats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key })) { Count = (uint)formats.Count },
            new DocumentFormat.OpenXml.Spreadsheet.Fonts(fonts.Select(Font)) { Count = (uint)fonts.Count },
            new Fills(new[] { Pattern(PatternValues.None), Pattern(PatternValues.Gray125) }.Concat(fills.Select(Solid))) { Count = 2u + (uint)fills.Count },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats(ColouredFont(Falling), ColouredFont(Rising)) { Count = 2 });
    }

    private static (bool Bold, bool Italic, double Size, string? Color) FontKey(CellStyle s) => (s.Bold, s.Italic, s.FontSize ?? DefaultSize, s.FontColor);

    private static Font Font((bool Bold, bool Italic, double Size, string? Color) key)
    {
        var font = new Font();
        if (key.Bold)
        {
            font.Append(new Bold());
        }

        if (key.Italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = key.Size });
        font.Append(key.Color is { } color ? new Color { Rgb = Argb(color) } : new Color { Theme = 1 });
        font.Append(new FontName { Val = DefaultFont }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Pattern(PatternValues pattern) => new(new PatternFill { PatternType = pattern });

    private static Fill Solid(string color) =>
        new(new PatternFill(new ForegroundColor { Rgb = Argb(color) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static DifferentialFormat ColouredFont(string color) => new(new Font(new Color { Rgb = Argb(color) }));

    private static HexBinaryValue Argb(string rgb) => new("FF" + rgb.ToUpper(CultureInfo.InvariantCulture));
}
