using System.Globalization;
using System.Text;
using Satisfaction.Ingest.Errors;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// Streams the rows of one worksheet's sheetData: rows in ascending order, cells left to right. Text goes to the
/// shared string table (never a formula), numbers and dates as numbers. A cell's markup is only a reference, a
/// style index, a type and a number, all ASCII and none needing escaping, so each row is formatted as UTF-8 into
/// one buffer (no string per cell) and written to the part's stream, inside the sheetData element the sheet's
/// XML writer opened and flushed (<see cref="SheetWriter"/>).
/// </summary>
internal sealed class RowWriter(Stream part, SharedStrings strings, StyleBook styles)
{
    /// <summary>A prefix bound to <see cref="Namespace"/>; the rows themselves are written in it as the default namespace.</summary>
    public const string Prefix = "x";
    public const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const int CellRoom = 128;

    // Styles are a handful of shared instances: looked up by reference before the record's value equality.
    private readonly Dictionary<CellStyle, uint> _styleIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly List<byte[]> _letters = [];
    private byte[] _buffer = new byte[8192];
    private int _length;
    private int _lastRow;
    private bool _open;

    public void StartRow(int row, double? height = null)
    {
        if (row <= _lastRow)
        {
            throw new InvalidOperationException($"Row {row} comes after row {_lastRow}: rows are written in order.");
        }

        EndRow();
        Reserve();
        Append("<row r=\""u8);
        Append(row);
        if (height is { } h)
        {
            Append("\" ht=\""u8);
            h.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            Append("\" customHeight=\"1"u8);
        }

        Append("\">"u8);
        _lastRow = row;
        _open = true;
    }

    public void EndRow()
    {
        if (_open)
        {
            Reserve();
            Append("</row>"u8);
            part.Write(_buffer, 0, _length);
            _length = 0;
            _open = false;
        }
    }

    public void Text(int column, string? text, CellStyle? style = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            Empty(column, style);
            return;
        }

        StartCell(column, style, shared: true);
        Append(strings.Of(XmlText.Clean(text)));
        EndCell();
    }

    public void Number(int column, double value, CellStyle? style = null)
    {
        if (!double.IsFinite(value))
        {
            Empty(column, style);
            return;
        }

        StartCell(column, style, shared: false);
        value.TryFormat(_buffer.AsSpan(_length), out var written, "R", CultureInfo.InvariantCulture);
        _length += written;
        EndCell();
    }

    /// <summary>A cell with no value: written only when it carries a style (a number format for later typing).</summary>
    public void Empty(int column, CellStyle? style)
    {
        var index = StyleIndex(style);
        if (index == 0)
        {
            return;
        }

        Reserve();
        Append("<c r=\""u8);
        Reference(column);
        Append("\" s=\""u8);
        Append((int)index);
        Append("\"/>"u8);
    }

    private void StartCell(int column, CellStyle? style, bool shared)
    {
        Reserve();
        Append("<c r=\""u8);
        Reference(column);
        if (StyleIndex(style) is var index and > 0)
        {
            Append("\" s=\""u8);
            Append((int)index);
        }

        Append(shared ? "\" t=\"s\"><v>"u8 : "\"><v>"u8);
    }

    private void EndCell() => Append("</v></c>"u8);

    private uint StyleIndex(CellStyle? style)
    {
        if (style is null)
        {
            return 0;
        }

        if (!_styleIndexes.TryGetValue(style, out var index))
        {
            index = styles.Of(style);
            _styleIndexes[style] = index;
        }

        return index;
    }

    private void Reference(int column)
    {
        while (_letters.Count < column)
        {
            _letters.Add(Encoding.ASCII.GetBytes(ExcelColumn.Letter(_letters.Count)));
        }

        Append(_letters[column - 1]);
        Append(_lastRow);
    }

    // Room for one more cell: its markup is far shorter than this.
    private void Reserve()
    {
        if (_buffer.Length - _length < CellRoom)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private void Append(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(_buffer.AsSpan(_length));
        _length += ascii.Length;
    }

    private void Append(int number)
    {
        number.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }
}
