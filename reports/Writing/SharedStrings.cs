using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Satisfaction.Reports.Writing;

/// <summary>The shared string table of one workbook: each distinct text once, cells refer to it by index.</summary>
internal sealed class SharedStrings
{
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

    public void WriteTo(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [new("count", string.Empty, _references.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("uniqueCount", string.Empty, _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        foreach (var text in _texts)
        {
            writer.WriteStartElement(new SharedStringItem());
            var element = new DocumentFormat.OpenXml.Spreadsheet.Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(element);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
