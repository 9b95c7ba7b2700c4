using System.Text;
using Satisfaction.Samples.Rendering;

namespace Satisfaction.Samples.Writing;

/// <summary>
/// A plain, fast CSV writer (one buffered pass, CRLF like Excel, quotes only where needed), so that a million
/// rows stream out in seconds with flat memory.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly StreamWriter _writer;
    private readonly char _delimiter;

    public CsvTableWriter(string path, Encoding encoding, char delimiter)
    {
        _writer = new StreamWriter(path, append: false, encoding, bufferSize: 1 << 16) { NewLine = "\r\n" };
        _delimiter = delimiter;
    }

    public void WriteRow(Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(_delimiter);
            }

            var text = cells[i].ToText();
            if (NeedsQuotes(text))
            {
                _writer.Write('"');
                _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(text);
            }
        }

        _writer.WriteLine();
    }

    public void Merge(int row, int col, int lastRow, int lastCol)
    {
    }

    public void AddHiddenDraft(IReadOnlyList<Cell[]> rows)
    {
    }

    public void Dispose() => _writer.Dispose();

    private bool NeedsQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c == _delimiter || c is '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
