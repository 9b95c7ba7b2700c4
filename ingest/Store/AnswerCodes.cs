namespace Satisfaction.Ingest.Store;

/// <summary>
/// The answer codes of rows read back together, each given a position once: <see cref="PackedAnswerDictionary"/> keep one
/// byte per position instead of a dictionary keyed by code strings. Codes are matched without regard to case, as
/// the stored answers always were. Filled by one reader; read by any number of threads afterwards.
/// </summary>
public sealed class AnswerCodes
{
    // Positions fit a byte with room to spare: a scheme has tens of items, not hundreds.
    public const int MaxCodes = 250;

    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _codes.Count;

    public string this[int position] => _codes[position];

    /// <summary>The position of a code, or −1 when no row read with this table has it.</summary>
    public int PositionOf(string code) => _byCode.TryGetValue(code, out var position) ? position : -1;

    /// <summary>The positions of a file's codes, each added if new; null when the table cannot take them all.</summary>
    internal int[]? Place(IReadOnlyList<string> codes)
    {
        var positions = new int[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            if (!_byCode.TryGetValue(codes[i], out var position))
            {
                if (_codes.Count >= MaxCodes)
                {
                    return null;
                }

                position = _codes.Count;
                _codes.Add(codes[i]);
                _byCode[codes[i]] = position;
            }

            positions[i] = position;
        }

        return positions;
    }
}
