using System.Diagnostics;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Printing;

/// <summary>
/// A print-sized province and city workbook (<see cref="PrintSizedReports"/>) printed to PDF by LibreOffice in
/// one call, read back page by page with poppler. Set SATISFACTION_PRINT_DIR to keep them (e.g. to look at them).
/// Needs soffice and poppler-utils (scripts/setup-test-services installs them).
/// </summary>
public sealed class PrintedReports : IDisposable
{
    private readonly string? _temporary;

    public PrintedReports()
    {
        var keep = Environment.GetEnvironmentVariable("SATISFACTION_PRINT_DIR");
        _temporary = string.IsNullOrEmpty(keep) ? Directory.CreateTempSubdirectory("satisfaction-print").FullName : null;
        Folder = _temporary ?? Directory.CreateDirectory(keep!).FullName;
        var font = CjkFont.Resolve();
        Province = ProvinceReportWriter.Write(PrintSizedReports.Province(), Folder, font);
        City = CityReportWriter.Write(PrintSizedReports.City(), Folder, font);
        var pdfs = Path.Combine(Folder, "pdf");
        Soffice.ConvertToPdf(pdfs, Province.Path, City.Path);
        ProvincePdf = new PdfPages(Path.Combine(pdfs, Path.GetFileNameWithoutExtension(Province.Path) + ".pdf"));
        CityPdf = new PdfPages(Path.Combine(pdfs, Path.GetFileNameWithoutExtension(City.Path) + ".pdf"));
    }

    public string Folder { get; }

    public WrittenWorkbook Province { get; }

    public WrittenWorkbook City { get; }

    public PdfPages ProvincePdf { get; }

    public PdfPages CityPdf { get; }

    public void Dispose()
    {
        if (_temporary is not null)
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }
}

/// <summary>LibreOffice, headless, with a profile of its own: many workbooks to PDF in one start-up.</summary>
public static class Soffice
{
    public const string Path = "/usr/bin/soffice";

    public static void ConvertToPdf(string outFolder, params string[] workbooks)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install it with apt-get install -y libreoffice-calc-nogui (scripts/setup-test-services).");
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, log) = Tool.Run(Path, TimeSpan.FromMinutes(5), [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outFolder, .. workbooks]);
            Assert.True(code == 0, $"soffice exited with {code}: {log}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}

/// <summary>Runs a command-line tool to the end and returns its exit code and what it printed.</summary>
public static class Tool
{
    public static (int Code, string Output) Run(string program, TimeSpan timeout, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
