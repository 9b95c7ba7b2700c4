using System.IO.Hashing;
using System.Text;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// One string per distinct UTF-8 value read: a store's rows repeat a few thousand outlet codes hundreds of times
/// each, and a read keeps every row, so the rows share the strings instead of holding a copy each.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int MaxEntries = 100_000;
    private readonly Dictionary<ulong, (byte[] Utf8, string Text)> _strings = [];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = XxHash3.HashToUInt64(utf8);
        if (_strings.TryGetValue(hash, out var known) && utf8.SequenceEqual(known.Utf8))
        {
            return known.Text;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (_strings.Count < MaxEntries)
        {
            _strings.TryAdd(hash, (utf8.ToArray(), text));
        }

        return text;
    }
}
