using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Satisfaction.Ingest.Errors;

/// <summary>
/// The fixed frame of an error report workbook (two worksheets, one style sheet), written straight into a zip:
/// every file gets a report, most with no issue at all, and the Open XML SDK's package cost more per report than
/// the rows of a small file (its first use in the process most of all). The worksheets are streamed by the caller.
/// </summary>
internal sealed class ErrorReportPackage : IDisposable
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly FileStream _file;
    private readonly ZipArchive _zip;

    public ErrorReportPackage(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
    }

    /// <summary>Writes the package parts around the sheets: content types, relationships, workbook (sheet names, the filter range) and styles.</summary>
    public void WriteFrame(string summarySheet, string issuesSheet, int issueRows)
    {
        Part("[Content_Types].xml", $"""
            <?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SheetContentType}" /><Override PartName="/xl/worksheets/sheet2.xml" ContentType="{SheetContentType}" /></Types>
            """);
        Part("_rels/.rels", $"""
            <?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{RelationshipNamespace}/officeDocument" Target="xl/workbook.xml" Id="rId1" /></Relationships>
            """);
        Part("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{RelationshipNamespace}/styles" Target="styles.xml" Id="rId1" /><Relationship Type="{RelationshipNamespace}/worksheet" Target="worksheets/sheet1.xml" Id="rId2" /><Relationship Type="{RelationshipNamespace}/worksheet" Target="worksheets/sheet2.xml" Id="rId3" /></Relationships>
            """);
        using (var workbook = Xml("xl/workbook.xml"))
        {
            workbook.WriteStartElement("workbook", MainNamespace);
            workbook.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);
            workbook.WriteStartElement("sheets", MainNamespace);
            Sheet(workbook, summarySheet, 1, "rId2");
            Sheet(workbook, issuesSheet, 2, "rId3");
            workbook.WriteEndElement();
            workbook.WriteStartElement("definedNames", MainNamespace);
            workbook.WriteStartElement("definedName", MainNamespace);
            workbook.WriteAttributeString("name", "_xlnm._FilterDatabase");
            workbook.WriteAttributeString("localSheetId", "1");
            workbook.WriteAttributeString("hidden", "1");
            workbook.WriteString($"'{issuesSheet}'!$A$1:$J${(issueRows + 1).ToString(CultureInfo.InvariantCulture)}");
            workbook.WriteEndElement();
            workbook.WriteEndElement();
            workbook.WriteEndElement();
        }

        Part("xl/styles.xml", Styles);
    }

    /// <summary>An XML writer on a new part (dispose it before the next); the worksheets are xl/worksheets/sheet1.xml and sheet2.xml.</summary>
    public XmlWriter Xml(string part)
    {
        var stream = _zip.CreateEntry(part, CompressionLevel.Fastest).Open();
        var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        return xml;
    }

    public void Dispose()
    {
        _zip.Dispose();
        _file.Dispose();
    }

    private void Part(string name, string content)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static void Sheet(XmlWriter workbook, string name, int id, string relationship)
    {
        workbook.WriteStartElement("sheet", MainNamespace);
        workbook.WriteAttributeString("name", name);
        workbook.WriteAttributeString("sheetId", id.ToString(CultureInfo.InvariantCulture));
        workbook.WriteAttributeString("id", RelationshipNamespace, relationship);
        workbook.WriteEndElement();
    }

    // Two fonts (等线, 等线 bold), the header fill, and three cell formats: 0 top-aligned, 1 header, 2 wrapped.
    private const string Styles = """
        <?xml version="1.0" encoding="utf-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11" /><name val="等线" /></font><font><b /><sz val="11" /><name val="等线" /></font></fonts><fills count="3"><fill><patternFill patternType="none" /></fill><fill><patternFill patternType="gray125" /></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7" /></patternFill></fill></fills><borders count="1"><border /></borders><cellStyleXfs count="1"><xf /></cellStyleXfs><cellXfs count="3"><xf applyAlignment="1"><alignment vertical="top" /></xf><xf fontId="1" fillId="2" applyFont="1" applyFill="1" /><xf applyAlignment="1"><alignment vertical="top" wrapText="1" /></xf></cellXfs></styleSheet>
        """;
}
