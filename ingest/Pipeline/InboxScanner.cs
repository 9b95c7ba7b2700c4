namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// Lists the inbox in arrival order (modification time, then name — DATA-CONTRACT.md 2.6) and tells which
/// files are stable: size and modification time unchanged over <see cref="IngestOptions.StableFor"/>,
/// because vendors copy large files slowly (and Windows copies keep the source's modification time, so
/// an old time alone proves nothing). Excel lock files (~$…), hidden files and partial downloads are not
/// vendor files and are left alone.
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

        return new DirectoryInfo(_inbox).EnumerateFiles()
            .Where(f => IsVendorFile(f.Name) && (f.Attributes & FileAttributes.Hidden) == 0)
            .Select(f => new InboxFile(f.FullName, f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .OrderBy(f => f.ModifiedUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Looks twice, <paramref name="stableFor"/> apart; returns the files unchanged between the looks, and those still changing.</summary>
    public async Task<(IReadOnlyList<InboxFile> Stable, IReadOnlyList<InboxFile> Changing)> StableFilesAsync(TimeSpan stableFor, CancellationToken cancellation)
    {
        var first = Look();
        if (first.Count == 0 || stableFor <= TimeSpan.Zero)
        {
            return (first, []);
        }

        await Task.Delay(stableFor, _time, cancellation).ConfigureAwait(false);
        var before = first.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var stable = new List<InboxFile>();
        var changing = new List<InboxFile>();
        foreach (var file in Look())
        {
            if (before.TryGetValue(file.Path, out var earlier) && earlier == file)
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
