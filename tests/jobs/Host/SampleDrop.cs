using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Drops the sample vendor files into an inbox in arrival order, as the demo does.</summary>
public static class SampleDrop
{
    public static void Into(string inbox) => DemoCommand.CopyInArrivalOrder(Path.Combine(RunFolder.Samples, "inbox"), inbox);
}
