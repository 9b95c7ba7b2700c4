using System.Globalization;

namespace Satisfaction.Reports.Writing;

/// <summary>The shared string table of one workbook: each distinct text once, cells refer to it by index.</summary>
internal sealed class SharedStrings
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _references;

    public int Of(string text)
    {
        _references++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indexes[text] = index;
        }

        return index;
    }

    public void WriteTo(Stream part)
    {
        using var writer = XlsxPackage.Xml(part);
        writer.WriteStartElement(RowWriter.Prefix, "sst", RowWriter.Namespace);
        writer.WriteAttributeString("count", _references.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("uniqueCount", _texts.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var text in _texts)
        {
            writer.WriteStartElement(RowWriter.Prefix, "si", RowWriter.Namespace);
            writer.WriteStartElement(RowWriter.Prefix, "t", RowWriter.Namespace);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                writer.WriteAttributeString("xml", "space", null, "preserve");
            }

            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
