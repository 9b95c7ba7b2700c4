using System.Security.Cryptography;
using System.Text.Json;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// What the workbooks in the out folder were last written from (scheme and outlet master by content,
/// and the out folder itself), kept in the data folder. When any of it changes, every period is
/// rescored and rewritten; otherwise only the periods a pass touched.
/// </summary>
public sealed record ReportState(string SchemeSha256, string OutletsSha256, string OutFolder)
{
    public const string FileName = "report-state.json";

    public static ReportState Current(string schemePath, string outletsPath, string outFolder) =>
        new(Sha256(schemePath), Sha256(outletsPath), Path.GetFullPath(outFolder));

    /// <summary>The state last saved; null when there is none or it cannot be read (then everything is rewritten).</summary>
    public static ReportState? Load(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ReportState>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
