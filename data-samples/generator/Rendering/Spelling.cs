using System.Globalization;
using System.Text;

namespace Satisfaction.Samples.Rendering;

/// <summary>The spellings the contract accepts (DATA-CONTRACT.md 2.4), for messy files to mix.</summary>
internal static class Spelling
{
    public static readonly string[] Yes = ["是", "Y", "y", "yes", "√", "✓", "1", "符合"];

    public static readonly string[] No = ["否", "N", "n", "no", "×", "✗", "0", "不符合"];

    public static readonly string[] NotApplicable = ["", "不适用", "N/A", "NA", "n/a", "/", "-", "—", "无"];

    /// <summary>Folds ASCII letters and digits to their full-width forms (A1 → Ａ１).</summary>
    public static string FullWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c);
        }

        return sb.ToString();
    }

    /// <summary>Every date form of the contract; a time sometimes follows.</summary>
    public static string Date(DateTime when, Random random)
    {
        var date = random.Next(5) switch
        {
            0 => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => when.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
            2 => when.ToString("yyyy.M.d", CultureInfo.InvariantCulture),
            3 => when.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            _ => when.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        };
        return random.Next(4) switch
        {
            0 => date + " " + when.ToString("HH:mm", CultureInfo.InvariantCulture),
            1 => date + " " + when.ToString("H:mm:ss", CultureInfo.InvariantCulture),
            _ => date,
        };
    }

    /// <summary>A number as vendors type it: plain, with 分, or in full-width digits.</summary>
    public static string Number(double value, Random random)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return random.Next(6) switch
        {
            0 => text + "分",
            1 => FullWidth(text),
            _ => text,
        };
    }
}
