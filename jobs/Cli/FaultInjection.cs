namespace Satisfaction.Jobs.Cli;

/// <summary>
/// For the crash-safety tests only: SATISFACTION_CRASH_AT=point[:n] kills the process without any
/// clean-up at the n-th time (default first) the ingest passes that named point (rows, before-commit,
/// after-commit, after-move) — as a power cut or kill -9 would.
/// </summary>
public static class FaultInjection
{
    public static Action<string>? FromEnvironment()
    {
        var setting = Environment.GetEnvironmentVariable("SATISFACTION_CRASH_AT");
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var parts = setting.Split(':');
        var point = parts[0];
        var countdown = parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : 1;
        return reached =>
        {
            if (reached == point && --countdown == 0)
            {
                using var self = System.Diagnostics.Process.GetCurrentProcess();
                self.Kill();
            }
        };
    }
}
