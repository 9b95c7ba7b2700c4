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
