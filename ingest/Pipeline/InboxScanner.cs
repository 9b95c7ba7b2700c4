using Satisfaction.Ingest.Inbox;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// Lists the inbox in arrival order (modification time, then name — DATA-CONTRACT.md 2.6) and tells which
/// files are stable: size and modification time unchanged over <see cref="IngestOptions.StableFor"/>,
/// because vendors copy large files slowly (and Windows copies keep the source's modification time, so
/// an old time alone proves nothing). Excel lock files (~$…), hidden files and partial downloads are not
/// vendor files and are left alone, and so are folders. Every other entry is listed as what it is — a
/// link, a pipe or a device too, never followed or opened here — under its name decoded from its bytes
/// (<see cref="FileNameDecoding"/>).
/// </summary>
public sealed class InboxScanner
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".crdownload", ".partial", ".filepart"];
    private readonly string _inbox;
    private readonly TimeProvider _time;

    public InboxScanner(string inbox, TimeProvider time)
    {
        _inbox = inbox;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public IReadOnlyList<InboxFile> Look()
    {
        if (!Directory.Exists(_inbox))
        {
            return [];
        }

        var inbox = Path.GetFullPath(_inbox);
        var files = new List<InboxFile>();
        foreach (var bytes in UnixFiles.ListNames(inbox))
        {
            var (name, encoding) = FileNameDecoding.Decode(bytes);
            if (!IsVendorFile(name) || UnixFiles.Status(UnixFiles.Native(inbox, bytes)) is not { } status || status.Type == NodeType.Directory)
            {
                continue;
            }

            files.Add(new InboxFile(Path.Combine(inbox, name), name, status.Size, status.ModifiedUtc) { Type = status.Type, NameEncoding = encoding });
        }

        return files.OrderBy(f => f.ModifiedUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The entry a ledger entry came from, if it is still in the inbox as it was then (same name, size and time).</summary>
    public InboxFile? Find(string path, long size, DateTimeOffset modifiedUtc) =>
        Look().FirstOrDefault(f => f.Path == path && f.Size == size && f.ModifiedUtc == modifiedUtc);

    /// <summary>Looks twice, <paramref name="stableFor"/> apart; returns the files unchanged between the looks, and those still changing.</summary>
    public async Task<(IReadOnlyList<InboxFile> Stable, IReadOnlyList<InboxFile> Changing)> StableFilesAsync(TimeSpan stableFor, CancellationToken cancellation)
    {
        var first = Look();
        if (first.Count == 0 || stableFor <= TimeSpan.Zero)
        {
            return (first, []);
        }

        await Task.Delay(stableFor, _time, cancellation).ConfigureAwait(false);
        var before = first.ToDictionary(f => (f.Path, f.NameEncoding));
        var stable = new List<InboxFile>();
        var changing = new List<InboxFile>();
        foreach (var file in Look())
        {
            if (before.TryGetValue((file.Path, file.NameEncoding), out var earlier) && earlier == file)
            {
                stable.Add(file);
            }
            else
            {
                changing.Add(file);
            }
        }

        return (stable, changing);
    }

    public static bool IsVendorFile(string name) =>
        !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
        && !PartialSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
