using System.Buffers;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Streams through one part of an xlsx package before the workbook reader sees it, with a fixed buffer,
/// and refuses what would make that reader hold a huge piece in memory: a single text or tag longer than
/// <see cref="ReadLimits.MaxMarkupRunBytes"/> (Excel keeps a cell under 32,767 characters), a row of more
/// than <see cref="ReadLimits.MaxColumns"/> cells, or more than <see cref="ReadLimits.MaxRows"/> rows.
/// It reads bytes, not XML: '&lt;' and '&gt;' never occur inside UTF-8 multi-byte characters, and element names
/// (<c>row</c>, <c>c</c>, with or without a namespace prefix) are all it needs to recognise.
/// </summary>
internal static class MarkupScanner
{
    private const int BufferSize = 1 << 20;
    private const int LongestNameOfInterest = 3;

    public static Problem? Scan(Stream part, string partName, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var state = new State(partName, limits);
            int read;
            while ((read = part.Read(buffer, 0, BufferSize)) > 0)
            {
                if (state.Feed(buffer.AsSpan(0, read)) is { } problem)
                {
                    return problem;
                }
            }

            return state.End();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed class State(string part, ReadLimits limits)
    {
        private readonly byte[] _name = new byte[LongestNameOfInterest + 1];
        private long _run;
        private bool _inName;
        private int _nameLength;
        private long _rows;
        private long _cellsInRow;

        public Problem? Feed(ReadOnlySpan<byte> chunk)
        {
            var i = 0;
            while (i < chunk.Length)
            {
                if (_inName)
                {
                    if (IsNameByte(chunk[i]))
                    {
                        AddNameByte(chunk[i++]);
                        _run++;
                        continue;
                    }

                    if (EndName() is { } tooMany)
                    {
                        return tooMany;
                    }
                }

                var rest = chunk[i..];
                var next = rest.IndexOfAny((byte)'<', (byte)'>');
                _run += next < 0 ? rest.Length : next;
                if (_run > limits.MaxMarkupRunBytes)
                {
                    return ReadProblems.MarkupRunTooLong(part, limits.MaxMarkupRunBytes);
                }

                if (next < 0)
                {
                    break;
                }

                _run = 0;
                _inName = rest[next] == (byte)'<';
                _nameLength = 0;
                i += next + 1;
            }

            return null;
        }

        public Problem? End() => _inName ? EndName() : null;

        private void AddNameByte(byte b)
        {
            if (b == (byte)':')
            {
                _nameLength = 0; // a namespace prefix (x:row): the local name follows
            }
            else if (_nameLength < _name.Length)
            {
                _name[_nameLength++] = b;
            }
        }

        private Problem? EndName()
        {
            _inName = false;
            var name = _name.AsSpan(0, _nameLength);
            if (name.SequenceEqual("row"u8))
            {
                _cellsInRow = 0;
                return ++_rows > limits.MaxRows ? ReadProblems.TooManyRowsInPart(part, limits.MaxRows) : null;
            }

            if (name.SequenceEqual("c"u8))
            {
                return ++_cellsInRow > limits.MaxColumns ? ReadProblems.RowTooWideInPart(part, _rows, limits.MaxColumns) : null;
            }

            return null;
        }

        private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.' or (byte)':';
    }
}
