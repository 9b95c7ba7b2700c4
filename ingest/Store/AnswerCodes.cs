using System.Text;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// The answer codes of rows read back together, each given a position once: <see cref="PackedAnswerDictionary"/> keep one
/// byte per position instead of a dictionary keyed by code strings. Codes are matched without regard to case, as
/// the stored answers always were; the UTF-8 spelling of each is kept so that a stored row's JSON is matched
/// without decoding its property names. Filled by one reader; read by any number of threads afterwards.
/// </summary>
public sealed class AnswerCodes
{
    // Positions fit a byte with room to spare: a scheme has tens of items, not hundreds.
    public const int MaxCodes = 250;

    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(byte[] Utf8, int Position)> _spellings = [];

    public int Count => _codes.Count;

    public string this[int position] => _codes[position];

    /// <summary>The position of a code, or −1 when no row read with this table has it.</summary>
    public int PositionOf(string code) => _byCode.TryGetValue(code, out var position) ? position : -1;

    /// <summary>The position of a code given as UTF-8 bytes, added if new; −1 when the table is full.</summary>
    /// <param name="hint">Where to look first: rows of one file list their codes in the same order.</param>
    internal int Find(ReadOnlySpan<byte> utf8, int hint)
    {
        if ((uint)hint < (uint)_spellings.Count && utf8.SequenceEqual(_spellings[hint].Utf8))
        {
            return hint;
        }

        for (var i = 0; i < _spellings.Count; i++)
        {
            if (utf8.SequenceEqual(_spellings[i].Utf8))
            {
                return i;
            }
        }

        var code = Encoding.UTF8.GetString(utf8);
        if (!_byCode.TryGetValue(code, out var position))
        {
            if (_codes.Count >= MaxCodes)
            {
                return -1;
            }

            position = _codes.Count;
            _codes.Add(code);
            _byCode[code] = position;
        }

        _spellings.Add((utf8.ToArray(), position));
        return _spellings.Count - 1;
    }

    /// <summary>The code position of a spelling found by <see cref="Find"/>.</summary>
    internal int PositionOfSpelling(int spelling) => _spellings[spelling].Position;
}
