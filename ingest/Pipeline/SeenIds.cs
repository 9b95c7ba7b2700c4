using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Satisfaction.Ingest.Pipeline;

// The ids met so far in one file, to tell an identical repeat (kept once) from a conflicting one (both
// rejected), checked on the parsing thread in file order: at a million ids each lookup is a cache miss, which
// the thread writing to the store no longer waits for. Keyed by a 128-bit hash of the id rather than the id
// itself: a million-row file needs ~50 MB here instead of ~120 MB, and a 128-bit collision is not a practical
// concern. A first occurrence is numbered (0, 1, …): the writing thread keeps its row's store handle at that number.
internal sealed class SeenIds
{
    private readonly Dictionary<UInt128, Seen> _seen = [];
    private int _firsts;

    /// <summary>What the record's id is in this file so far; call for each accepted record in file order.</summary>
    public IdCheck Check(string id, ulong contentHash, int row)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, Key(id), out var exists);
        if (!exists)
        {
            slot = new Seen(contentHash, row, _firsts, Conflicted: false);
            return new IdCheck(IdCheckKind.First, row, _firsts++, FirstConflicted: false);
        }

        var first = slot;
        if (!first.Conflicted && first.ContentHash == contentHash)
        {
            return new IdCheck(IdCheckKind.IdenticalRepeat, first.Row, first.Number, FirstConflicted: false);
        }

        slot = first with { Conflicted = true };
        return new IdCheck(IdCheckKind.ConflictingRepeat, first.Row, first.Number, first.Conflicted);
    }

    private static UInt128 Key(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    private readonly record struct Seen(ulong ContentHash, int Row, int Number, bool Conflicted);
}

internal enum IdCheckKind
{
    First,
    IdenticalRepeat,
    ConflictingRepeat,
}

/// <summary>A record's id against the file's earlier rows: the first occurrence's row and number, and whether it was already rejected.</summary>
internal readonly record struct IdCheck(IdCheckKind Kind, int FirstRow, int FirstNumber, bool FirstConflicted);
