using Hangfire;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// How failed jobs are retried: after each of the configured delays, then failed for good (shown in the
/// dashboard with the exception). Hangfire keeps its retry policy among its global filters; the host swaps
/// Hangfire's default (10 attempts over about a day) for the configured one.
/// </summary>
public static class Retries
{
    public static void Configure(IReadOnlyList<int> delaysInSeconds)
    {
        ArgumentNullException.ThrowIfNull(delaysInSeconds);
        foreach (var existing in GlobalJobFilters.Filters.Select(f => f.Instance).OfType<AutomaticRetryAttribute>().ToList())
        {
            GlobalJobFilters.Filters.Remove(existing);
        }

        var retry = new AutomaticRetryAttribute { Attempts = delaysInSeconds.Count, OnAttemptsExceeded = AttemptsExceededAction.Fail };
        if (delaysInSeconds.Count > 0)
        {
            retry.DelaysInSeconds = [.. delaysInSeconds];
        }

        GlobalJobFilters.Filters.Add(retry);
    }
}
