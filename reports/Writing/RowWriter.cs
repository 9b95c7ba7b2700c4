using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Ingest.Errors;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// Streams the rows of one worksheet's sheetData through the Open XML SDK's <see cref="OpenXmlWriter"/>:
/// rows in ascending order, cells left to right. Text goes to the shared string table (never a formula),
/// numbers and dates as numbers.
/// </summary>
internal sealed class RowWriter(OpenXmlWriter writer, SharedStrings strings, StyleBook styles)
{
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly List<string> _letters = [];
    private readonly List<OpenXmlAttribute> _rowAttributes = new(3);
    private int _lastRow;
    private bool _open;

    public void StartRow(int row, double? height = null)
    {
        if (row <= _lastRow)
        {
            throw new InvalidOperationException($"Row {row} comes after row {_lastRow}: rows are written in order.");
        }

        EndRow();
        _rowAttributes.Clear();
        _rowAttributes.Add(new OpenXmlAttribute("r", string.Empty, row.ToString(CultureInfo.InvariantCulture)));
        if (height is { } h)
        {
            _rowAttributes.Add(new OpenXmlAttribute("ht", string.Empty, h.ToString(CultureInfo.InvariantCulture)));
            _rowAttributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }

        writer.WriteStartElement(_row, _rowAttributes);
        _lastRow = row;
        _open = true;
    }

    public void EndRow()
    {
        if (_open)
        {
            writer.WriteEndElement();
            _open = false;
        }
    }

    public void Text(int column, string? text, CellStyle? style = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            Empty(column, style);
            return;
        }

        Write(column, strings.Of(XmlText.Clean(text)).ToString(CultureInfo.InvariantCulture), "s", style);
    }

    public void Number(int column, double value, CellStyle? style = null)
    {
        if (!double.IsFinite(value))
        {
            Empty(column, style);
            return;
        }

        Write(column, value.ToString("R", CultureInfo.InvariantCulture), null, style);
    }

    /// <summary>A cell with no value: written only when it carries a style (a number format for later typing).</summary>
    public void Empty(int column, CellStyle? style)
    {
        if (style is null || style == CellStyle.Plain)
        {
            return;
        }

        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, Reference(column)));
        _attributes.Add(new OpenXmlAttribute("s", string.Empty, styles.Of(style).ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(_cell, _attributes);
        writer.WriteEndElement();
    }

    private void Write(int column, string value, string? type, CellStyle? style)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, Reference(column)));
        if (style is not null && style != CellStyle.Plain)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, styles.Of(style).ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        writer.WriteStartElement(_cell, _attributes);
        writer.WriteStartElement(_value);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private string Reference(int column)
    {
        while (_letters.Count < column)
        {
            _letters.Add(ExcelColumn.Letter(_letters.Count));
        }

        return string.Concat(_letters[column - 1], _lastRow.ToString(CultureInfo.InvariantCulture));
    }
}
