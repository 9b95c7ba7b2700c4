using System.Globalization;
using System.Text.RegularExpressions;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Values;

/// <summary>
/// Reads a visit date (DATA-CONTRACT.md 2.4): a real Excel date (DateTime), an Excel serial number,
/// 2026-07-05, 2026/7/5, 2026.7.5, 2026年7月5日, 20260705 (text or number), with an optional time after it
/// that is ignored. Full-width digits are folded. Dates outside 2000-01-01 … 2099-12-31 are errors.
/// </summary>
/// <remarks>
/// A number (or text that is a plain number, like "46208") is yyyymmdd when it is a whole number in
/// 20000101 … 20991231, otherwise an Excel serial date (1900 system, as <see cref="DateTime.FromOADate"/>).
/// In text, the separators of one date must agree (2026-7/5 is not a date); 日 may be left off
/// (2026年7月5); after the date comes the end, whitespace and anything (a time, 下午), or 'T' and a time.
/// </remarks>
public static partial class DateReader
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>The largest serial Excel knows (9999-12-31).</summary>
    private const double MaxSerial = 2958465;

    public static ValueResult<DateOnly> Read(object? cell) => cell switch
    {
        DateTime t => InRange(DateOnly.FromDateTime(t), cell),
        DateOnly d => InRange(d, cell),
        double d => FromNumber(d, cell),
        int or long or decimal => FromNumber(Convert.ToDouble(cell, CultureInfo.InvariantCulture), cell),
        _ => FromText(CellText.Of(cell), cell),
    };

    private static ValueResult<DateOnly> FromText(string? text, object? cell)
    {
        if (text is null)
            return Fail(ValueMessages.DateEmpty());

        var folded = TextFolding.Fold(text);
        var match = SeparatedDate().Match(folded);
        if (!match.Success)
            match = ChineseDate().Match(folded);
        if (!match.Success)
            match = CompactDate().Match(folded);
        if (match.Success)
            return FromParts(Part(match, "y"), Part(match, "m"), Part(match, "d"), cell);

        if (PlainNumber().IsMatch(folded) && double.TryParse(folded, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return FromNumber(number, cell);

        return Fail(ValueMessages.DateUnrecognized(Show(cell)));
    }

    private static ValueResult<DateOnly> FromNumber(double number, object? cell)
    {
        if (number == Math.Floor(number) && number is >= 20000101 and <= 20991231)
        {
            var n = (int)number;
            return FromParts(n / 10000, n / 100 % 100, n % 100, cell);
        }

        if (number is >= 1 and < MaxSerial + 1)
            return InRange(DateOnly.FromDateTime(DateTime.FromOADate(number)), cell);

        return Fail(ValueMessages.DateUnrecognized(Show(cell)));
    }

    private static ValueResult<DateOnly> FromParts(int year, int month, int day, object? cell)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return Fail(ValueMessages.DateInvalid(Show(cell)));

        return InRange(new DateOnly(year, month, day), cell);
    }

    private static ValueResult<DateOnly> InRange(DateOnly date, object? cell) =>
        date >= Earliest && date <= Latest
            ? ValueResult<DateOnly>.Success(date)
            : Fail(ValueMessages.DateOutOfRange(Show(cell), Earliest, Latest));

    private static ValueResult<DateOnly> Fail(Problem problem) => ValueResult<DateOnly>.Failure(problem);

    private static int Part(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static string Show(object? cell) => CellText.Of(cell) ?? string.Empty;

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?:$|\s|T[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})(?:\s*日|$|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})(?:\s|T[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
