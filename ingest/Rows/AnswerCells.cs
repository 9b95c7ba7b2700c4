using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// The stored form of a row's answers (schema version 4): no keys, each answer at the position of its code in the
/// file's list of answer codes, which the store keeps once per file. As read: the number of cells (a varint), one
/// byte per code — absent, N/A, yes, no, exact, or a whole number 0–<see cref="MaxWhole"/> — and then the 8 bytes of
/// each exact value (a fraction, a larger number) in code order. As given: per code the UTF-8 length + 1 as a
/// varint (0: nothing given) and the text's bytes, exactly as the vendor wrote it (the audit trail). Cells missing at
/// the end of either are absent. One instance per thread (it reuses its buffer).
/// </summary>
public sealed class AnswerCells
{
    public const int MaxWhole = 250;

    public const byte Absent = 0;
    public const byte NotApplicable = 1;
    public const byte Yes = 2;
    public const byte No = 3;
    public const byte Exact = 4;
    public const byte FirstWhole = 5;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    /// <summary>The cell of an answer; <see cref="Exact"/> when its value must follow in full.</summary>
    public static byte CellOf(Answer answer) => answer.Kind switch
    {
        AnswerKind.Yes => Yes,
        AnswerKind.No => No,
        AnswerKind.Number when answer.Value is >= 0 and <= MaxWhole && answer.Value == Math.Floor(answer.Value) && !double.IsNegative(answer.Value) => (byte)(FirstWhole + (int)answer.Value),
        AnswerKind.Number => Exact,
        _ => NotApplicable,
    };

    /// <summary>The answers as read, in code order.</summary>
    public byte[] Read(ReadOnlySpan<Answer> read)
    {
        _buffer.ResetWrittenCount();
        WriteVarint(_buffer, read.Length);
        var cells = _buffer.GetSpan(read.Length);
        var exact = 0;
        for (var i = 0; i < read.Length; i++)
        {
            cells[i] = CellOf(read[i]);
            exact += cells[i] == Exact ? 1 : 0;
        }

        _buffer.Advance(read.Length);
        if (exact > 0)
        {
            foreach (var answer in read)
            {
                if (CellOf(answer) == Exact)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), answer.Value);
                    _buffer.Advance(8);
                }
            }
        }

        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Answers as read in code order, some absent (null): rows stored before the cells, upgraded.</summary>
    public byte[] Read(IReadOnlyList<Answer?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _buffer.ResetWrittenCount();
        WriteVarint(_buffer, read.Count);
        foreach (var answer in read)
        {
            _buffer.GetSpan(1)[0] = answer is { } a ? CellOf(a) : Absent;
            _buffer.Advance(1);
        }

        foreach (var answer in read)
        {
            if (answer is { } a && CellOf(a) == Exact)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), a.Value);
                _buffer.Advance(8);
            }
        }

        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>The texts as given, in code order (null: the cell was empty).</summary>
    public byte[] Given(ReadOnlySpan<string?> given)
    {
        _buffer.ResetWrittenCount();
        foreach (var text in given)
        {
            if (text is null)
            {
                WriteVarint(_buffer, 0);
                continue;
            }

            var length = Encoding.UTF8.GetByteCount(text);
            WriteVarint(_buffer, length + 1);
            Encoding.UTF8.GetBytes(text, _buffer.GetSpan(length));
            _buffer.Advance(length);
        }

        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>The texts as given of a stored row, in code order (null: nothing given), as many as it holds.</summary>
    public static List<string?> GivenTexts(ReadOnlySpan<byte> stored)
    {
        var texts = new List<string?>();
        var at = 0;
        while (at < stored.Length)
        {
            var length = ReadVarint(stored, ref at);
            if (length == 0)
            {
                texts.Add(null);
                continue;
            }

            texts.Add(Encoding.UTF8.GetString(stored.Slice(at, length - 1)));
            at += length - 1;
        }

        return texts;
    }

    /// <summary>The answers as read of a stored row, in code order (null: absent), as many as it holds.</summary>
    public static List<Answer?> ReadAnswers(ReadOnlySpan<byte> stored)
    {
        var at = 0;
        var count = ReadVarint(stored, ref at);
        var cells = stored.Slice(at, count);
        var exact = at + count;
        var answers = new List<Answer?>(count);
        foreach (var cell in cells)
        {
            if (cell == Exact)
            {
                answers.Add(Answer.Of(BinaryPrimitives.ReadDoubleLittleEndian(stored.Slice(exact, 8))));
                exact += 8;
            }
            else
            {
                answers.Add(cell == Absent ? null : AnswerOf(cell));
            }
        }

        return answers;
    }

    /// <summary>The answer of a cell other than <see cref="Absent"/> and <see cref="Exact"/>.</summary>
    public static Answer AnswerOf(byte cell) => cell switch
    {
        NotApplicable => Answer.NotApplicable,
        Yes => Answer.Yes,
        No => Answer.No,
        _ => Answer.Of(cell - FirstWhole),
    };

    public static int ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static void WriteVarint(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        buffer.Advance(n);
    }
}
