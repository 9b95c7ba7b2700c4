using System.Text.RegularExpressions;

namespace Satisfaction.Ingest.Text;

/// <summary>
/// Masks personal data that vendors type into free text (REPORTS.md, text from vendors) wherever the
/// product writes vendor text — the workbooks and the error reports. Mobile numbers keep their first three
/// and last four digits (138****5678, also written +86 139-1234-5678 or in full-width digits);
/// ID-card numbers keep their first six and last four characters (18 characters, or the old 15 digits
/// with a real month and day in them).
/// </summary>
/// <remarks>
/// Matching runs on a folded copy of the text (full-width digits, letters and signs as ASCII, one
/// character for one), so the positions found there mask the vendor's own characters.
/// </remarks>
public static partial class PersonalDataMask
{
    private const char Hidden = '*';
    private const int MobileDigits = 11;

    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasDigit(text))
        {
            return text;
        }

        var folded = Fold(text);
        char[]? masked = null;
        foreach (var idCard in new[] { IdCard18(), IdCard15() })
        {
            foreach (var match in idCard.EnumerateMatches(folded))
            {
                Hide(ref masked, text, folded, match.Index + 6, match.Length - 10);
            }
        }

        if (masked is not null)
        {
            folded = Fold(new string(masked));
        }

        foreach (var match in Mobile().EnumerateMatches(folded))
        {
            HideMobileMiddle(ref masked, text, folded, match.Index, match.Length);
        }

        return masked is null ? text : new string(masked);
    }

    private static bool HasDigit(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('０', '９') >= 0;

    private static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E');
        return first < 0 ? text : string.Create(text.Length, text, static (dest, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                dest[i] = TextFolding.FoldChar(source[i]);
            }
        });
    }

    private static void Hide(ref char[]? masked, string text, string folded, int start, int length)
    {
        masked ??= text.ToCharArray();
        for (var i = start; i < start + length; i++)
        {
            if (char.IsAsciiDigit(folded[i]))
            {
                masked[i] = Hidden;
            }
        }
    }

    // The fourth to seventh digits of the 11 that end the match (after any +86 and separators).
    private static void HideMobileMiddle(ref char[]? masked, string text, string folded, int start, int length)
    {
        var digitsFromEnd = 0;
        for (var i = start + length - 1; i >= start && digitsFromEnd < MobileDigits; i--)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                continue;
            }

            digitsFromEnd++;
            if (digitsFromEnd is > 4 and <= 8)
            {
                masked ??= text.ToCharArray();
                masked[i] = Hidden;
            }
        }
    }

    [GeneratedRegex("(?<![0-9A-Za-z*])[0-9]{17}[0-9Xx](?![0-9A-Za-z*])")]
    private static partial Regex IdCard18();

    // Area (6), birth date yyMMdd with a real month and day, sequence (3): an old 15-digit card.
    [GeneratedRegex("(?<![0-9A-Za-z*])[0-9]{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9A-Za-z*])")]
    private static partial Regex IdCard15();

    // 1xx xxxx xxxx, optionally after +86 / 0086 / (+86), groups optionally split by one space or hyphen.
    [GeneratedRegex(@"(?<![0-9*])(?:\(?(?:\+|00)?86\)?[ -]?)?1[0-9]{2}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9*])")]
    private static partial Regex Mobile();
}
