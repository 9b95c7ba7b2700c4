using System.Text;

namespace Satisfaction.Ingest.Errors;

// Vendor text can hold control characters and broken surrogates that XML cannot carry; they are
// replaced so a report is always written (and Excel's own 32,767-character cell limit is kept).
internal static class XmlText
{
    private const int MaxCell = 32_767;

    public static string Clean(string text)
    {
        var needsWork = text.Length > MaxCell;
        for (var i = 0; i < text.Length && !needsWork; i++)
        {
            needsWork = !Allowed(text, i);
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxCell));
        for (var i = 0; i < text.Length && builder.Length < MaxCell - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(Allowed(text, i) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool Allowed(string text, int i)
    {
        var c = text[i];
        if (c < 0x20)
        {
            return c is '\t' or '\n' or '\r';
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return c is not ('\uFFFE' or '\uFFFF');
    }
}
