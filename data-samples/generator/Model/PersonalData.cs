using System.Globalization;
using System.Text;

namespace Satisfaction.Samples.Model;

/// <summary>
/// Made-up personal data that vendors leave in comments and extra columns: mobile numbers and 18-character
/// resident ID numbers (with a valid check character), for masking tests. None belongs to a real person.
/// </summary>
internal static class PersonalData
{
    private static readonly string[] Prefixes = ["138", "139", "135", "137", "150", "151", "158", "186", "187", "189", "133", "177"];

    private static readonly string[] Areas = ["320102", "320106", "320205", "320311", "320402", "320508", "320612", "320703", "320803", "320902", "321002", "321102", "321202", "321302"];

    public static string Mobile(Random random) =>
        random.Pick(Prefixes) + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static string IdCard(Random random)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 45));
        var body = new StringBuilder(18)
            .Append(random.Pick(Areas))
            .Append(birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
            .Append(random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture))
            .ToString();
        return body + CheckCharacter(body);
    }

    // GB 11643: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X.
    private static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * (int)(Math.Pow(2, 17 - i) % 11);
        }

        var check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
