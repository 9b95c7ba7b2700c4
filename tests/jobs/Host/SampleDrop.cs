using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Drops the sample vendor files into an inbox in arrival order, as the demo does.</summary>
public static class SampleDrop
{
    /// <summary>
    /// Copies the samples beside the inbox first and then renames them in, so that they land within the host's
    /// gathering moment however slow the copying is on a loaded machine: one burst, one scan.
    /// </summary>
    public static void Into(string inbox)
    {
        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inbox))!, ".staging-" + Guid.NewGuid().ToString("N"));
        DemoCommand.CopyInArrivalOrder(Path.Combine(RunFolder.Samples, "inbox"), staging);
        foreach (var file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        Directory.Delete(staging);
    }
}
