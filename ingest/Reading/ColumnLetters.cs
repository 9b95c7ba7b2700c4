namespace Satisfaction.Ingest.Reading;

/// <summary>Excel's column letters for a 1-based column number: 1 → A, 27 → AA.</summary>
internal static class ColumnLetters
{
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }
}
