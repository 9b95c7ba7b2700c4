namespace Satisfaction.Ingest.Errors;

/// <summary>Excel's column letters, so an analyst can find a cell the way the vendor sees it.</summary>
public static class ExcelColumn
{
    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        var n = index + 1;
        while (n > 0)
        {
            var remainder = (n - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            n = (n - 1) / 26;
        }

        return new string(buffer[position..]);
    }
}
