using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>The scheme and outlet master a command works with, loaded and validated before any work starts.</summary>
public sealed record ProductInputs(ScoringScheme Scheme, OutletMaster Outlets, string SchemePath, string OutletsPath)
{
    /// <summary>Loads both; on failure writes every problem to <paramref name="error"/> and returns null.</summary>
    public static ProductInputs? Load(string? schemePath, string? outletsPath, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var scheme = DefaultFiles.Resolve(schemePath, "scheme.json");
        var outlets = DefaultFiles.Resolve(outletsPath, "outlets.csv");
        ScoringScheme? loadedScheme = null;
        OutletMaster? master = null;
        try
        {
            loadedScheme = SchemeLoader.Load(scheme);
        }
        catch (SchemeException ex)
        {
            error.WriteLine(ex.Message);
        }

        try
        {
            master = OutletMasterLoader.Load(outlets);
        }
        catch (OutletMasterException ex)
        {
            error.WriteLine(ex.Message);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"营业厅主数据无效 / invalid outlet master {outlets}: {ex.Message}");
        }

        return loadedScheme is null || master is null ? null : new ProductInputs(loadedScheme, master, scheme, outlets);
    }
}
