using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Satisfaction.Ingest.Pipeline;

// The ids met so far in one file, to tell an identical repeat (kept once) from a conflicting one (both
// rejected). Keyed by a 128-bit hash of the id rather than the id itself: a million-row file needs
// ~50 MB here instead of ~120 MB, and a 128-bit collision is not a practical concern.
internal sealed class SeenIds
{
    private readonly Dictionary<UInt128, Seen> _seen = [];

    public bool TryGet(string id, out Seen seen) => _seen.TryGetValue(Key(id), out seen);

    public void Set(string id, Seen seen) => _seen[Key(id)] = seen;

    private static UInt128 Key(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    internal readonly record struct Seen(ulong ContentHash, int Row, long Handle, bool Conflicted);
}
