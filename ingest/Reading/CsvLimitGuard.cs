using System.Buffers;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// A reader in front of the CSV parser that counts fields and field lengths (quote-aware, as RFC 4180 parses
/// them) in the characters it hands on, and throws <see cref="TableReadException"/> before a hostile record
/// (a million delimiters, a cell of many megabytes) is ever buffered whole. The parser checks exact values
/// afterwards; this guard only bounds memory, so it counts raw characters, quotes included.
/// </summary>
internal sealed class CsvLimitGuard : TextReader
{
    private readonly TextReader _inner;
    private readonly ReadLimits _limits;
    private readonly SearchValues<char> _specials;
    private readonly char _delimiter;
    private readonly long _maxRawField;

    private int _row = 1;
    private int _fields = 1;
    private long _fieldLength;
    private bool _fieldStart = true;
    private bool _quoted;
    private bool _inQuotes;
    private bool _afterCarriageReturn;

    public CsvLimitGuard(TextReader inner, char delimiter, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(limits);
        _inner = inner;
        _delimiter = delimiter;
        _limits = limits;
        _specials = SearchValues.Create([delimiter, '"', '\r', '\n']);

        // An escaped quote doubles a character, and the field may be quoted: its raw form is at most this long.
        _maxRawField = (2L * limits.MaxCellCharacters) + 2;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = _inner.Read(buffer, index, count);
        Scan(buffer.AsSpan(index, read));
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = _inner.Read(buffer);
        Scan(buffer[..read]);
        return read;
    }

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0)
        {
            Span<char> one = [(char)c];
            Scan(one);
        }

        return c;
    }

    public override int Peek() => _inner.Peek();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var run = _inQuotes ? text[i..].IndexOf('"') : text[i..].IndexOfAny(_specials);
            if (run < 0)
            {
                Grow(text.Length - i);
                return;
            }

            if (run > 0)
            {
                Grow(run);
                i += run;
            }

            Special(text[i]);
            i++;
        }
    }

    private void Grow(int characters)
    {
        _fieldLength += characters;
        _fieldStart = false;
        _afterCarriageReturn = false;
        if (_fieldLength > _maxRawField)
        {
            throw new TableReadException(ReadProblems.CellTooLong(_row, _fields, _fieldLength / 2, _limits.MaxCellCharacters));
        }
    }

    private void Special(char c)
    {
        if (c == '"' && (_inQuotes || _fieldStart || _quoted))
        {
            _inQuotes = !_inQuotes;
            _quoted = true;
            Grow(1);
        }
        else if (c == _delimiter)
        {
            _fields++;
            NewField();
            if (_fields > _limits.MaxColumns)
            {
                throw new TableReadException(ReadProblems.TooManyColumnsInRow(_row, _fields, _limits.MaxColumns));
            }
        }
        else if (c is '\r' or '\n')
        {
            if (!(c == '\n' && _afterCarriageReturn))
            {
                _row++;
            }

            _fields = 1;
            NewField();
            _afterCarriageReturn = c == '\r';
        }
        else
        {
            Grow(1);
        }
    }

    private void NewField()
    {
        _fieldLength = 0;
        _fieldStart = true;
        _quoted = false;
        _afterCarriageReturn = false;
    }
}
