using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Satisfaction.Ingest.Pipeline;

// The ids met so far in one file, to tell an identical repeat (kept once) from a conflicting one (both
// rejected). Keyed by a 128-bit hash of the id rather than the id itself: a million-row file needs
// ~50 MB here instead of ~120 MB, and a 128-bit collision is not a practical concern. A row's id is hashed
// and looked up once (the slot is filled in place): at a million ids each lookup is a cache miss.
internal sealed class SeenIds
{
    private readonly Dictionary<UInt128, Seen> _seen = [];

    /// <summary>The id's slot, added empty (<paramref name="added"/>) when the id is new; fill it before the next call.</summary>
    public ref Seen Slot(string id, out bool added)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, Key(id), out var exists);
        added = !exists;
        return ref slot;
    }

    private static UInt128 Key(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    internal readonly record struct Seen(ulong ContentHash, int Row, long Handle, bool Conflicted);
}
