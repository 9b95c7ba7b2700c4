using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Buffers.Binary;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// A stored row's answers held compactly: one byte per code of the shared <see cref="AnswerCodes"/> — absent, N/A,
/// yes, no, or a whole number 0–<see cref="AnswerCells.MaxWhole"/>, the stored cells themselves — instead of a dictionary of code strings (a survey row
/// takes a few dozen bytes, not most of a kilobyte). A value that does not fit (a fraction, a larger number) keeps
/// its exact value beside the bytes. Read as a dictionary by code, case-insensitive, like the answers always were.
/// </summary>
public sealed class PackedAnswerDictionary : IReadOnlyDictionary<string, Answer>
{
    private const byte Absent = AnswerCells.Absent;
    private const byte Exact = AnswerCells.Exact;

    private readonly AnswerCodes _codes;
    private readonly byte[] _cells;
    private readonly double[]? _exact;

    private PackedAnswerDictionary(AnswerCodes codes, byte[] cells, double[]? exact, int count)
    {
        _codes = codes;
        _cells = cells;
        _exact = exact;
        Count = count;
    }

    public int Count { get; }

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<Answer> Values => this.Select(p => p.Value);

    public Answer this[string key] => TryGetValue(key, out var answer) ? answer : throw new KeyNotFoundException($"No answer to {key}.");

    /// <summary>
    /// A stored row's answers (<see cref="AnswerCells"/>, in its file's code order) placed at the positions of the
    /// shared table: <paramref name="positions"/>[i] is where the file's i-th code sits in <paramref name="codes"/>.
    /// </summary>
    public static PackedAnswerDictionary FromStored(ReadOnlySpan<byte> stored, ReadOnlySpan<int> positions, AnswerCodes codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var at = 0;
        var count = AnswerCells.ReadVarint(stored, ref at);
        if (count > positions.Length)
        {
            throw new InvalidDataException($"A stored row holds {count} answers; its file lists {positions.Length} codes.");
        }

        var fileCells = stored.Slice(at, count);
        var exactAt = at + count;
        var length = 0;
        var present = 0;
        var anyExact = false;
        for (var i = 0; i < count; i++)
        {
            if (fileCells[i] != Absent)
            {
                present++;
                length = Math.Max(length, positions[i] + 1);
                anyExact |= fileCells[i] == Exact;
            }
        }

        var cells = new byte[length];
        var exact = anyExact ? new double[length] : null;
        for (var i = 0; i < count; i++)
        {
            var cell = fileCells[i];
            if (cell == Absent)
            {
                continue;
            }

            cells[positions[i]] = cell;
            if (cell == Exact)
            {
                exact![positions[i]] = BinaryPrimitives.ReadDoubleLittleEndian(stored.Slice(exactAt, 8));
                exactAt += 8;
            }
        }

        return new PackedAnswerDictionary(codes, cells, exact, present);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Answer value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var position = _codes.PositionOf(key);
        if ((uint)position < (uint)_cells.Length && _cells[position] != Absent)
        {
            value = At(position);
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, Answer>> GetEnumerator()
    {
        for (var position = 0; position < _cells.Length; position++)
        {
            if (_cells[position] != Absent)
            {
                yield return new KeyValuePair<string, Answer>(_codes[position], At(position));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Answer At(int position) => _cells[position] == Exact ? Answer.Of(_exact![position]) : AnswerCells.AnswerOf(_cells[position]);
}
