using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// A stored row's answers held compactly: one byte per code of the shared <see cref="AnswerCodes"/> — absent, N/A,
/// yes, no, or a whole number 0–<see cref="MaxPacked"/> — instead of a dictionary of code strings (a survey row
/// takes a few dozen bytes, not most of a kilobyte). A value that does not fit (a fraction, a larger number) keeps
/// its exact value beside the bytes. Read as a dictionary by code, case-insensitive, like the answers always were.
/// </summary>
public sealed class PackedAnswerDictionary : IReadOnlyDictionary<string, Answer>
{
    public const int MaxPacked = 250;

    private const byte Absent = 0;
    private const byte NotApplicable = 1;
    private const byte Yes = 2;
    private const byte No = 3;
    private const byte Exact = 4;
    private const byte FirstNumber = 5;

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
    /// Parses a stored row's answers (<c>{"A1":"Y","A2":4,"A3":null}</c>, UTF-8) into <paramref name="codes"/>' positions;
    /// nothing is allocated per answer. Null when the row holds more codes than a table can (never seen in practice):
    /// the caller then keeps the row's answers as a dictionary.
    /// </summary>
    public static PackedAnswerDictionary? Parse(ReadOnlySpan<byte> utf8Json, AnswerCodes codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Span<byte> cells = stackalloc byte[AnswerCodes.MaxCodes];
        cells.Clear();
        Span<double> exact = stackalloc double[AnswerCodes.MaxCodes];
        var reader = new Utf8JsonReader(utf8Json);
        int position = -1, highest = -1, count = 0, hint = 0;
        var anyExact = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var spelling = codes.Find(reader.HasValueSequence || reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan, hint);
                    if (spelling < 0)
                    {
                        return null;
                    }

                    hint = spelling + 1;
                    position = codes.PositionOfSpelling(spelling);
                    highest = Math.Max(highest, position);
                    if (cells[position] == Absent)
                    {
                        count++;
                    }

                    break;
                case JsonTokenType.String:
                    cells[position] = reader.ValueTextEquals("Y"u8) ? Yes : No;
                    break;
                case JsonTokenType.Number:
                    var value = reader.GetDouble();
                    if (value >= 0 && value <= MaxPacked && value == Math.Floor(value))
                    {
                        cells[position] = (byte)(FirstNumber + (int)value);
                    }
                    else
                    {
                        cells[position] = Exact;
                        exact[position] = value;
                        anyExact = true;
                    }

                    break;
                case JsonTokenType.Null:
                    cells[position] = NotApplicable;
                    break;
                default:
                    break;
            }
        }

        var length = highest + 1;
        return new PackedAnswerDictionary(codes, cells[..length].ToArray(), anyExact ? exact[..length].ToArray() : null, count);
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

    private Answer At(int position) => _cells[position] switch
    {
        NotApplicable => Answer.NotApplicable,
        Yes => Answer.Yes,
        No => Answer.No,
        Exact => Answer.Of(_exact![position]),
        var cell => Answer.Of(cell - FirstNumber),
    };
}
