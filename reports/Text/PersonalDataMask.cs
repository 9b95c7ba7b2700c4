using System.Text.RegularExpressions;

namespace Satisfaction.Reports.Text;

/// <summary>
/// Masks personal data that vendors type into comments (REPORTS.md, text from vendors): mobile numbers
/// (11 digits starting with 1) become 138****5678, ID-card numbers (17 digits and a digit or X)
/// keep their first six and last four characters.
/// </summary>
public static partial class PersonalDataMask
{
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = IdCard().Replace(text, m => m.Value[..6] + new string('*', 8) + m.Value[14..]);
        return Mobile().Replace(masked, m => m.Value[..3] + "****" + m.Value[7..]);
    }

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard();

    [GeneratedRegex("(?<![0-9])1[0-9]{10}(?![0-9])")]
    private static partial Regex Mobile();
}
