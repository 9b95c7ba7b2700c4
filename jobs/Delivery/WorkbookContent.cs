using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// A hash of what a workbook shows, equal for two writes of the same report. The bytes differ from one write
/// to the next even when nothing changed (measured: every rerun of the same rows gave a new SHA-256): the zip
/// entries carry the time of writing, the core properties their created and modified times and a part name
/// made new each time (<c>/package/services/metadata/core-properties/&lt;guid&gt;.psmdcp</c>), and the Open XML
/// SDK gives each relationship a random id (<c>R2cc8d8e4d88e4cdf</c>). This hashes every part by name, in name
/// order, uncompressed, with those times left out and each random id renamed by its first appearance — so the
/// same cells, tables, charts and pictures give the same hash, and any change to them another.
/// </summary>
public static partial class WorkbookContent
{
    public static string Hash(byte[] workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.OrderBy(e => Canonical(e.FullName, ids), StringComparer.Ordinal))
        {
            var name = Canonical(entry.FullName, ids);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (IsXml(name))
            {
                var text = Encoding.UTF8.GetString(bytes);
                text = Times().Replace(text, string.Empty);
                bytes = Encoding.UTF8.GetBytes(Canonical(text, ids));
            }

            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal) || name.EndsWith(".psmdcp", StringComparison.Ordinal);

    // Random ids and part names, each replaced by its order of first appearance (one map for the whole package,
    // so that a reference and the relationship it names keep matching).
    private static string Canonical(string text, Dictionary<string, string> ids) => RandomIds().Replace(text, m =>
    {
        if (!ids.TryGetValue(m.Value, out var canonical))
        {
            canonical = m.Value.EndsWith(".psmdcp", StringComparison.Ordinal) ? "core-properties.psmdcp" : "R#" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[m.Value] = canonical;
        }

        return canonical;
    });

    [GeneratedRegex("""(?<=")R[0-9a-f]{16}(?=")|[0-9a-f]{32}\.psmdcp""", RegexOptions.CultureInvariant)]
    private static partial Regex RandomIds();

    [GeneratedRegex("""<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>""", RegexOptions.CultureInvariant)]
    private static partial Regex Times();
}
