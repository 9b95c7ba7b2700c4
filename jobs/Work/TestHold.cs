using System.Globalization;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// For the host's stop-and-restart tests only: SATISFACTION_HOLD_WORKBOOK_SECONDS=n makes every workbook
/// job wait n seconds (giving up at once when the host stops) before it writes, so that a test can stop the
/// host while a job is under way.
/// </summary>
public static class TestHold
{
    public const string Variable = "SATISFACTION_HOLD_WORKBOOK_SECONDS";

    public static void Wait(CancellationToken cancellation)
    {
        if (double.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(seconds));
        }
    }
}
