namespace Satisfaction.Tests.Shared;

/// <summary>
/// Finds a file of data-samples/ upwards from the test binaries. Compiled into each test project that
/// needs it (linked, not copied), so the search lives in one place.
/// </summary>
internal static class SampleFiles
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data-samples", name);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"data-samples/{name} not found above {AppContext.BaseDirectory}");
    }
}
