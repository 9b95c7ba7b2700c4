using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Tests.Reading;

/// <summary>A temporary folder for fixture files, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("satisfaction-reading-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Bytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Text(string name, string text, Encoding encoding, bool bom = false) =>
        Bytes(name, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

    public string Utf8(string name, string text) => Text(name, text, new UTF8Encoding(false));

    public string Xlsx(string name, Action<XLWorkbook> build)
    {
        var path = File(name);
        using var workbook = new XLWorkbook();
        build(workbook);
        workbook.SaveAs(path);
        return path;
    }

    /// <summary>A zip named .xlsx whose sheet part is <paramref name="bytes"/> zeros, compressed as well as deflate can.</summary>
    public string ZipBomb(string name, long bytes)
    {
        var path = File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
        var zeros = new byte[1 << 20];
        for (var left = bytes; left > 0; left -= zeros.Length)
        {
            sheet.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }

        return path;
    }

    /// <summary>
    /// A minimal real workbook whose one sheet holds a single cell of <paramref name="megabytes"/> MB of letters,
    /// compressed only about 50:1 — far under the ratio check, as a bomb built to slip past it would be.
    /// </summary>
    public string OneHugeCell(string name, int megabytes) => Workbook(name, sheet =>
    {
        sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"u8);
        var random = new Random(7);
        var block = new byte[1 << 20];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(i % 160 == 0 ? 'a' + random.Next(26) : 'a');
        }

        for (var i = 0; i < megabytes; i++)
        {
            sheet.Write(block);
        }

        sheet.Write("</t></is></c></row>"u8);
    });

    /// <summary>A minimal real workbook whose one sheet is a single row of <paramref name="cells"/> cells.</summary>
    public string OneWideRow(string name, int cells) => Workbook(name, sheet =>
    {
        sheet.Write("<row r=\"1\">"u8);
        for (var i = 0; i < cells; i++)
        {
            sheet.Write("<c t=\"inlineStr\"><is><t>1</t></is></c>"u8);
        }

        sheet.Write("</row>"u8);
    });

    /// <summary>A minimal real workbook of one sheet of <paramref name="rows"/> one-cell rows.</summary>
    public string ManyRows(string name, int rows) => Workbook(name, sheet =>
    {
        for (var i = 1; i <= rows; i++)
        {
            sheet.Write(Encoding.UTF8.GetBytes($"<row r=\"{i}\"><c r=\"A{i}\"><v>{i}</v></c></row>"));
        }
    });

    private string Workbook(string name, Action<Stream> writeRows)
    {
        var path = File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Part(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Part(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"明细\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        sheet.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
        writeRows(sheet);
        sheet.Write("</sheetData></worksheet>"u8);
        return path;
    }

    private static void Part(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding a file on a failing test; the OS cleans temp folders.
        }
    }
}

/// <summary>Opens a file and reads every sheet into memory, for assertions.</summary>
internal static class Read
{
    public static ITableSource Open(string path, ReadLimits? limits = null)
    {
        var opened = TableSourceFactory.Open(path, limits);
        Assert.True(opened.Source is not null, $"expected {path} to open, got: {opened.Problem}");
        return opened.Source!;
    }

    public static List<(string Name, List<RawRow> Rows)> All(string path, ReadLimits? limits = null)
    {
        using var source = Open(path, limits);
        return [.. source.Sheets().Select(s => (s.Name, s.Rows.ToList()))];
    }

    public static List<RawRow> Rows(string path, ReadLimits? limits = null) => Assert.Single(All(path, limits)).Rows;

    public static string Description(string path)
    {
        using var source = Open(path);
        return source.Description;
    }

    public static TableReadException Fails(string path, ReadLimits? limits = null) =>
        Assert.Throws<TableReadException>(() => All(path, limits));

    public static Satisfaction.Ingest.Values.Problem FailsToOpen(string path, ReadLimits? limits = null)
    {
        var opened = TableSourceFactory.Open(path, limits);
        opened.Source?.Dispose();
        Assert.Null(opened.Source);
        return opened.Problem!;
    }

    /// <summary>The cells of a row as strings, for compact assertions ("" for null).</summary>
    public static string Cells(RawRow row) => string.Join("|", row.Cells.Select(c => c?.ToString() ?? ""));
}
