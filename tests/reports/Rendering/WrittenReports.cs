using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Rendering;

/// <summary>The hand-made province and city reports written once for the tests that read them back.</summary>
public sealed class WrittenReports : IDisposable
{
    public WrittenReports()
    {
        Folder = Directory.CreateTempSubdirectory("satisfaction-reports").FullName;
        var font = CjkFont.Resolve();
        Province = ProvinceReportWriter.Write(HandMadeReports.Province(), Folder, font);
        City = CityReportWriter.Write(HandMadeReports.City(), Folder, font);
    }

    public string Folder { get; }

    public WrittenWorkbook Province { get; }

    public WrittenWorkbook City { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
