using System.Buffers;

namespace Satisfaction.Ingest.Text;

/// <summary>
/// Folds what Chinese Windows input methods produce into one canonical form
/// (DATA-CONTRACT.md 2.3): full-width ASCII (Ａ１, （）, ０-９) to half-width, the ideographic space to a space.
/// </summary>
/// <remarks>
/// Both methods run per cell on large files: when nothing changes they return the input instance
/// and allocate nothing; otherwise they allocate the result string once.
/// </remarks>
public static class TextFolding
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const char IdeographicSpace = '\u3000';
    private const int FullWidthOffset = FullWidthFirst - '!';
    private const int StackLimit = 256;

    /// <summary>Full-width folded and trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Folding maps whitespace to whitespace and nothing else to whitespace, so trimming first is the same.
        var start = text.Length - text.AsSpan().TrimStart().Length;
        var span = text.AsSpan(start).TrimEnd();
        var first = IndexOfFoldable(span);
        if (first < 0)
            return span.Length == text.Length ? text : new string(span);

        return string.Create(span.Length, (Text: text, Start: start, First: first), static (dest, s) =>
        {
            var source = s.Text.AsSpan(s.Start, dest.Length);
            source[..s.First].CopyTo(dest);
            for (var i = s.First; i < source.Length; i++)
                dest[i] = FoldChar(source[i]);
        });
    }

    /// <summary>Folded, every whitespace removed, upper-cased (invariant): the key for codes and outlet names.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var first = IndexOfKeyChange(text);
        if (first < 0)
            return text;

        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            var length = first;
            for (var i = first; i < text.Length; i++)
            {
                var c = FoldChar(text[i]);
                if (!char.IsWhiteSpace(c))
                    buffer[length++] = char.ToUpperInvariant(c);
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The half-width form of one character (unchanged when it has none).</summary>
    internal static char FoldChar(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        IdeographicSpace => ' ',
        _ => c,
    };

    private static int IndexOfFoldable(ReadOnlySpan<char> span)
    {
        var wide = span.IndexOfAnyInRange(FullWidthFirst, FullWidthLast);
        var space = span.IndexOf(IdeographicSpace);
        return wide < 0 ? space : space < 0 ? wide : Math.Min(wide, space);
    }

    /// <summary>The first character that <see cref="Key"/> would change or drop; -1 when the text is a key already.</summary>
    private static int IndexOfKeyChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterLower(c) || c <= ' ')
                    return i;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                // CJK ideographs: no case, no width, not whitespace (the common case for names).
            }
            else if (c is >= FullWidthFirst and <= FullWidthLast || char.IsWhiteSpace(c) || char.ToUpperInvariant(c) != c)
            {
                return i;
            }
        }

        return -1;
    }
}
