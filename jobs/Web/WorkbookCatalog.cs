using Satisfaction.Analysis.Periods;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Jobs.Web;

/// <summary>
/// The workbooks in the out folder, found only at the paths the product writes (REPORTS.md), newest period
/// first. A download is served only if its path is one of these: a path from a request is a key into this
/// list, never a path handed to the file system.
/// </summary>
public sealed class WorkbookCatalog(string outFolder)
{
    public IReadOnlyList<WorkbookFile> List()
    {
        var root = Path.GetFullPath(outFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var found = new List<WorkbookFile>();
        foreach (var (period, periodFolder) in Periods(root))
        {
            foreach (var provinceFolder in Directory.GetDirectories(periodFolder).Order(StringComparer.Ordinal))
            {
                var province = Path.GetFileName(provinceFolder);
                Add(found, root, period, province, null, ReportPaths.Province(root, period, province));
                foreach (var cityFolder in Directory.GetDirectories(provinceFolder).Order(StringComparer.Ordinal))
                {
                    var city = Path.GetFileName(cityFolder);
                    Add(found, root, period, province, city, ReportPaths.City(root, period, province, city));
                }
            }
        }

        return found;
    }

    /// <summary>The workbook at this path relative to the out folder ('/' separated), if the catalog lists it.</summary>
    public WorkbookFile? Find(string relativePath) =>
        List().FirstOrDefault(w => string.Equals(w.RelativePath, relativePath, StringComparison.Ordinal));

    private static IEnumerable<(string Period, string Folder)> Periods(string root) =>
        Directory.GetDirectories(root)
            .Select(f => (Name: Path.GetFileName(f), Folder: f))
            .Where(p => !p.Name.StartsWith('.') && IsPeriod(p.Name))
            .OrderByDescending(p => Period.Parse(p.Name))
            .Select(p => (p.Name, p.Folder));

    private static bool IsPeriod(string name)
    {
        try
        {
            _ = Period.Parse(name);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void Add(List<WorkbookFile> found, string root, string period, string province, string? city, string path)
    {
        var file = new FileInfo(path);
        if (file.Exists)
        {
            found.Add(new WorkbookFile(period, province, city, Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), file.FullName, file.Length, file.LastWriteTimeUtc));
        }
    }
}

/// <summary>A workbook in the out folder.</summary>
public sealed record WorkbookFile(string Period, string Province, string? City, string RelativePath, string FullPath, long Size, DateTime ModifiedUtc)
{
    public string Name => Path.GetFileName(RelativePath);

    public string DownloadUrl => "/files/workbooks/" + string.Join('/', RelativePath.Split('/').Select(Uri.EscapeDataString));
}
