using System.Globalization;
using System.Text.RegularExpressions;

namespace Satisfaction.Reports.Tests.Printing;

/// <summary>A PDF read back page by page with poppler: each page's text (pdftotext -layout) and the pictures drawn on it (pdfimages -list).</summary>
public sealed partial class PdfPages
{
    public PdfPages(string path)
    {
        Assert.True(File.Exists(path), $"No PDF at {path}.");
        Assert.True(File.Exists("/usr/bin/pdftotext"), "pdftotext is missing: install poppler-utils (scripts/setup-test-services).");
        Path = path;
        var (_, info) = Tool.Run("/usr/bin/pdfinfo", TimeSpan.FromMinutes(1), [path]);
        Count = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        Texts = Enumerable.Range(1, Count).Select(Text).ToList();
        var (_, images) = Tool.Run("/usr/bin/pdfimages", TimeSpan.FromMinutes(1), ["-list", path]);
        Images = images.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 4 && f[2] == "image")
            .Select(f => new PdfImage(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();
    }

    public string Path { get; }

    public int Count { get; }

    /// <summary>The text of each page, page 1 first.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Every picture drawn, with its page (a picture cut across two pages is drawn on both).</summary>
    public IReadOnlyList<PdfImage> Images { get; }

    /// <summary>The page's header: its first non-blank line.</summary>
    public static string Header(string page) => page.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? string.Empty;

    /// <summary>The page's footer: its last non-blank line.</summary>
    public static string Footer(string page) => page.Split('\n').LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? string.Empty;

    private string Text(int page)
    {
        var (code, text) = Tool.Run("/usr/bin/pdftotext", TimeSpan.FromMinutes(1), ["-layout", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), Path, "-"]);
        Assert.Equal(0, code);
        return text;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}

/// <summary>A picture drawn on a page, with its size in pixels.</summary>
public sealed record PdfImage(int Page, int Width, int Height);
