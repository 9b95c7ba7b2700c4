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
