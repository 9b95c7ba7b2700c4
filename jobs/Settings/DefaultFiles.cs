namespace Satisfaction.Jobs.Settings;

/// <summary>
/// Finds data-samples/ (the default outlet master, scheme and sample inbox): upwards from the current
/// folder, then upwards from the program's own folder, so the command works from anywhere in a clone.
/// </summary>
public static class DefaultFiles
{
    public static string? SamplesFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data-samples");
                if (File.Exists(Path.Combine(candidate, "scheme.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string Resolve(string? given, string sampleName) =>
        given ?? (SamplesFolder() is { } folder ? Path.Combine(folder, sampleName) : sampleName);
}
