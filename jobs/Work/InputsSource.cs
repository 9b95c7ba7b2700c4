using System.Globalization;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// The scheme and outlet master the host's jobs work with, read again when either file changes on disk, so
/// that an analyst's edit takes effect without a restart. An edit that makes either invalid fails the jobs
/// with every problem listed (visible in the dashboard) until it is fixed; nothing is scored with half a scheme.
/// </summary>
public sealed class InputsSource(string? schemePath, string? outletsPath)
{
    private readonly Lock _gate = new();
    private (string Stamp, ProductInputs Inputs)? _loaded;

    public ProductInputs Current()
    {
        var scheme = Settings.DefaultFiles.Resolve(schemePath, "scheme.json");
        var outlets = Settings.DefaultFiles.Resolve(outletsPath, "outlets.csv");
        var stamp = Stamp(scheme) + "|" + Stamp(outlets);
        lock (_gate)
        {
            if (_loaded is { } loaded && loaded.Stamp == stamp)
            {
                return loaded.Inputs;
            }

            using var problems = new StringWriter(CultureInfo.InvariantCulture);
            var inputs = ProductInputs.Load(scheme, outlets, problems)
                ?? throw new InvalidOperationException("评分方案或营业厅主数据无效 / the scheme or the outlet master is invalid: " + problems.ToString().Trim());
            _loaded = (stamp, inputs);
            return inputs;
        }
    }

    private static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}") : path;
    }
}
