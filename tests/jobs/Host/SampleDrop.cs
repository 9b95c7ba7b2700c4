namespace Satisfaction.Jobs.Tests.Host;

/// <summary>
/// Drops the sample vendor files into an inbox as a vendor's copy would land them: written beside the inbox,
/// then each renamed in, in arrival order (modification times one minute apart, as DATA-CONTRACT.md orders them).
/// </summary>
public static class SampleDrop
{
    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Path.Combine(RunFolder.Samples, "inbox"))
        .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal)];

    public static void Into(string inbox)
    {
        var staging = Directory.CreateTempSubdirectory("satisfaction-drop").FullName;
        var start = DateTime.UtcNow.AddHours(-1);
        var files = Files;
        for (var i = 0; i < files.Count; i++)
        {
            var staged = Path.Combine(staging, Path.GetFileName(files[i]));
            File.Copy(files[i], staged);
            File.SetLastWriteTimeUtc(staged, start.AddMinutes(i));
        }

        foreach (var file in files)
        {
            File.Move(Path.Combine(staging, Path.GetFileName(file)), Path.Combine(inbox, Path.GetFileName(file)));
        }

        Directory.Delete(staging);
    }
}
