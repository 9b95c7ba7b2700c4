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
    private readonly TextReader inner;
    private readonly ReadLimits limits;
    private readonly SearchValues<char> specials;
    private readonly char delimiter;
    private readonly long maxRawField;

    private int row = 1;
    private int fields = 1;
    private long fieldLength;
    private bool fieldStart = true;
    private bool quoted;
    private bool inQuotes;
    private bool afterCarriageReturn;

    public CsvLimitGuard(TextReader inner, char delimiter, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(limits);
        this.inner = inner;
        this.delimiter = delimiter;
        this.limits = limits;
        specials = SearchValues.Create([delimiter, '"', '\r', '\n']);

        // An escaped quote doubles a character, and the field may be quoted: its raw form is at most this long.
        maxRawField = (2L * limits.MaxCellCharacters) + 2;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        Scan(buffer.AsSpan(index, read));
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Scan(buffer[..read]);
        return read;
    }

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Span<char> one = [(char)c];
            Scan(one);
        }

        return c;
    }

    public override int Peek() => inner.Peek();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var run = inQuotes ? text[i..].IndexOf('"') : text[i..].IndexOfAny(specials);
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
        fieldLength += characters;
        fieldStart = false;
        afterCarriageReturn = false;
        if (fieldLength > maxRawField)
        {
            throw new TableReadException(ReadProblems.CellTooLong(row, fields, fieldLength / 2, limits.MaxCellCharacters));
        }
    }

    private void Special(char c)
    {
        if (c == '"' && (inQuotes || fieldStart || quoted))
        {
            inQuotes = !inQuotes;
            quoted = true;
            Grow(1);
        }
        else if (c == delimiter)
        {
            fields++;
            NewField();
            if (fields > limits.MaxColumns)
            {
                throw new TableReadException(ReadProblems.TooManyColumnsInRow(row, fields, limits.MaxColumns));
            }
        }
        else if (c is '\r' or '\n')
        {
            if (!(c == '\n' && afterCarriageReturn))
            {
                row++;
            }

            fields = 1;
            NewField();
            afterCarriageReturn = c == '\r';
        }
        else
        {
            Grow(1);
        }
    }

    private void NewField()
    {
        fieldLength = 0;
        fieldStart = true;
        quoted = false;
        afterCarriageReturn = false;
    }
}
