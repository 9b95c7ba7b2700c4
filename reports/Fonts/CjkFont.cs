using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Satisfaction.Reports.Fonts;

/// <summary>
/// The CJK font family pictures are drawn with, picked by name (fontconfig detection finds nothing useful here),
/// with a check that it has a glyph for every character drawn, so Chinese never comes out as empty boxes.
/// </summary>
public sealed class CjkFont
{
    /// <summary>The families tried, in order: the Debian packages fonts-wqy-microhei and fonts-noto-cjk.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } = ["WenQuanYi Micro Hei", "Noto Sans CJK SC"];

    /// <summary>A string every usable family must cover (digits, Latin, the Chinese of the reports).</summary>
    internal const string Probe = "优先改进保持优势暗访得分";

    private CjkFont(string family) => Family = family;

    /// <summary>The installed family name, as given to ScottPlot and SkiaSharp.</summary>
    public string Family { get; }

    /// <summary>The first of <see cref="PreferredFamilies"/> that is installed.</summary>
    /// <exception cref="CjkFontException">None is installed.</exception>
    public static CjkFont Resolve() => Resolve(PreferredFamilies);

    /// <summary>The first of <paramref name="families"/> that is installed and covers Chinese.</summary>
    /// <exception cref="CjkFontException">None is installed.</exception>
    public static CjkFont Resolve(IEnumerable<string> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var tried = families.ToList();
        foreach (var family in tried)
        {
            if (IsInstalled(family))
            {
                var font = new CjkFont(family);
                if (font.MissingCharacters(Probe).Count == 0)
                    return font;
            }
        }

        throw new CjkFontException(
            $"No CJK font is installed (tried {string.Join(", ", tried)}); Chinese text in pictures would be empty boxes. "
            + InstallHint);
    }

    /// <summary>Whether a family of that exact name is installed (SkiaSharp silently substitutes a default otherwise).</summary>
    public static bool IsInstalled(string family)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        using var typeface = SKTypeface.FromFamilyName(family);
        return typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The distinct characters of <paramref name="text"/> the family has no glyph for (white space and controls aside).</summary>
    public IReadOnlyList<string> MissingCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var typeface = SKTypeface.FromFamilyName(Family);
        var missing = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
                continue;
            var character = rune.ToString();
            if (typeface.GetGlyph(rune.Value) == 0 && !missing.Contains(character))
                missing.Add(character);
        }

        return missing;
    }

    /// <summary>Whether the family covers every character of <paramref name="text"/>.</summary>
    public bool Covers(string text) => MissingCharacters(text).Count == 0;

    /// <summary>Throws, naming the characters, unless the family covers every one of <paramref name="texts"/>.</summary>
    /// <exception cref="CjkFontException">Some character has no glyph.</exception>
    public void EnsureCovers(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = MissingCharacters(string.Concat(texts));
        if (missing.Count == 0)
            return;
        var codes = string.Join(", ", missing.Select(c => string.Create(
            CultureInfo.InvariantCulture, $"'{c}' U+{char.ConvertToUtf32(c, 0):X4}")));
        throw new CjkFontException(
            $"The font '{Family}' has no glyph for {codes}; they would be drawn as empty boxes. " + InstallHint);
    }

    private const string InstallHint =
        "Install a CJK font (as root: apt-get install -y fonts-wqy-microhei fontconfig, or fonts-noto-cjk), "
        + "or run scripts/setup-runtime.";
}
