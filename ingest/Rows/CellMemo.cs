using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// One column's reading, remembered by cell text: a column of a million rows holds a handful of distinct texts
/// ("8", "是", "不适用", a few dates), and reading one (folding, patterns, word lists) costs more than looking it
/// up. Reading is a pure function of the text (and the column's item), so a remembered result is the result.
/// Bounded: a column of free text stops remembering instead of growing.
/// </summary>
internal sealed class CellMemo<T>(Func<object?, ValueResult<T>> read)
{
    private const int MaxTexts = 256;
    private readonly Dictionary<string, ValueResult<T>> _byText = new(StringComparer.Ordinal);

    public ValueResult<T> Read(object? cell)
    {
        if (cell is not string text)
        {
            return read(cell);
        }

        if (_byText.TryGetValue(text, out var known))
        {
            return known;
        }

        var result = read(text);
        if (_byText.Count < MaxTexts)
        {
            _byText[text] = result;
        }

        return result;
    }
}
