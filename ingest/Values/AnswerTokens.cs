using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Values;

/// <summary>What an answer cell holds before the item or question decides what it means.</summary>
internal enum TokenKind
{
    NotApplicable,
    Number,
    Yes,
    No,
    Other,
}

/// <summary>
/// Classifies answer cells (DATA-CONTRACT.md 2.4). Words are compared by <see cref="TextFolding.Key"/>
/// (folded, spaces removed, case-insensitive). Beyond the contract's words, these are accepted as the
/// same symbol: ✔ (heavy ✓); ✘ (heavy ✗), ✕ and ✖ (the multiplication x, light and heavy, like ×);
/// –, the en dash, and ——, the dash a Chinese input method types (like — and -).
/// The letter X is not a no: it is a letter, not the symbol.
/// </summary>
internal static partial class AnswerTokens
{
    private static readonly FrozenSet<string> YesWords = FrozenSet.Create(StringComparer.Ordinal, "是", "Y", "YES", "√", "✓", "✔", "1", "符合");

    private static readonly FrozenSet<string> NoWords = FrozenSet.Create(StringComparer.Ordinal, "否", "N", "NO", "×", "✗", "✘", "✕", "✖", "0", "不符合");

    private static readonly FrozenSet<string> NotApplicableWords = FrozenSet.Create(StringComparer.Ordinal, "不适用", "N/A", "NA", "/", "-", "—", "——", "–", "无");

    /// <summary>The kind of the cell, its number when it is one, and its text as shown in messages.</summary>
    public static (TokenKind Kind, double Number, string Shown) Classify(object? cell)
    {
        var shown = CellText.Of(cell) ?? string.Empty;
        return cell switch
        {
            double d => (double.IsFinite(d) ? TokenKind.Number : TokenKind.Other, d, shown),
            int or long or decimal => (TokenKind.Number, Convert.ToDouble(cell, CultureInfo.InvariantCulture), shown),
            bool b => (b ? TokenKind.Yes : TokenKind.No, 0, shown),
            DateTime => (TokenKind.Other, 0, shown),
            _ => ClassifyText(shown),
        };
    }

    private static (TokenKind Kind, double Number, string Shown) ClassifyText(string text)
    {
        var key = TextFolding.Key(text);
        if (NotApplicableWords.Contains(key) || key.Length == 0)
            return (TokenKind.NotApplicable, 0, text);

        var match = NumberPattern().Match(TextFolding.Fold(text));
        if (match.Success)
            return (TokenKind.Number, double.Parse(match.Groups["n"].ValueSpan, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), text);

        if (YesWords.Contains(key))
            return (TokenKind.Yes, 0, text);

        return NoWords.Contains(key) ? (TokenKind.No, 0, text) : (TokenKind.Other, 0, text);
    }

    /// <summary>A number, optionally signed, optionally followed by 分 ("6", "6.5", "6 分").</summary>
    [GeneratedRegex(@"^(?<n>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*分?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
