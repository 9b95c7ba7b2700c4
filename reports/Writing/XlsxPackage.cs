using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// The zip package of one workbook, written straight to the file part after part (ZipArchiveMode.Create):
/// each part once, one open at a time, its relationships and the content types written when the package closes.
/// The Open XML SDK's package (System.IO.Packaging opened read-write) holds every part in a growing MemoryStream
/// until it closes and deflates at the normal level; this one streams, at deflate's fastest level, a fraction of
/// the CPU for files a little larger.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly List<(string Part, string ContentType)> _parts = [];
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public XlsxPackage(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
    }

    /// <summary>The package itself, as the source of its root relationships (the workbook).</summary>
    public static string Root => string.Empty;

    /// <summary>A new part at <paramref name="part"/> (e.g. xl/worksheets/sheet1.xml); dispose the stream before the next.</summary>
    public Stream Create(string part, string contentType)
    {
        _parts.Add((part, contentType));
        // A PNG is deflated already: deflating it again costs CPU for nothing.
        var level = part.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
        return _zip.CreateEntry(part, level).Open();
    }

    /// <summary>An XML writer on a part's stream (UTF-8 without a byte order mark); dispose it before the stream.</summary>
    public static XmlWriter Xml(Stream part) => XmlWriter.Create(part, Settings);

    /// <summary>The next part name of a kind: xl/charts/chart1.xml, then chart2.xml… (<paramref name="stem"/> "xl/charts/chart").</summary>
    public string NextName(string stem, string extension)
    {
        var number = _numbers.GetValueOrDefault(stem) + 1;
        _numbers[stem] = number;
        return $"{stem}{number}.{extension}";
    }

    /// <summary>A relationship from part <paramref name="source"/> to part <paramref name="target"/>; returns its id within the source.</summary>
    public string Relate(string source, string target, string type)
    {
        if (!_relationships.TryGetValue(source, out var list))
        {
            list = [];
            _relationships[source] = list;
        }

        var id = $"rId{list.Count + 1}";
        list.Add((id, $"{RelationshipNamespace}/{type}", RelativeTarget(source, target)));
        return id;
    }

    public void Dispose()
    {
        try
        {
            foreach (var (source, list) in _relationships)
            {
                WriteRelationships(source, list);
            }

            WriteContentTypes();
        }
        finally
        {
            _zip.Dispose();
            _file.Dispose();
        }
    }

    private void WriteRelationships(string source, List<(string Id, string Type, string Target)> list)
    {
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : string.Empty;
        var name = $"{folder}_rels/{source[folder.Length..]}.rels";
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Relationships", PackageRelationshipNamespace);
        foreach (var (id, type, target) in list)
        {
            xml.WriteStartElement("Relationship", PackageRelationshipNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteContentTypes()
    {
        using var stream = _zip.CreateEntry("[Content_Types].xml", CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Default(xml, "png", "image/png");
        foreach (var (part, contentType) in _parts.Where(p => p.Part.EndsWith(".xml", StringComparison.Ordinal)))
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", "/" + part);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    // Targets relative to the source part's folder, as Excel writes them (xl/worksheets/sheet1.xml → ../tables/table1.xml).
    internal static string RelativeTarget(string source, string target)
    {
        var from = source.Split('/')[..^1];
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }
}
