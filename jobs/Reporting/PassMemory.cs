using System.Runtime;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Gives memory back between province-periods of a report pass. A province-period's workbooks leave behind a heap
/// several times the size of what stays reachable (the rows and scores of the periods still held): the collector,
/// left alone, grows the heap rather than compact it, and a pass's peak resident memory climbed period by period.
/// One full compacting collection when a province-period's workbooks are written (a few per pass, each tens of
/// milliseconds) returns the space, large objects included, to the system.
/// </summary>
internal static class PassMemory
{
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
