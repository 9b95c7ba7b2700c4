using System.Text;
using System.Xml;

namespace Satisfaction.Reports.Writing;

// Vendor text may hold characters XML 1.0 cannot carry (control characters, a lone surrogate from a broken
// file); they are dropped rather than failing the workbook. Excel also keeps at most 32,767 characters a cell.
internal static class XmlText
{
    private const int CellLimit = 32_767;

    public static string Clean(string text)
    {
        var clean = IsClean(text) ? text : Strip(text);
        return clean.Length <= CellLimit ? clean : clean[..CellLimit];
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
