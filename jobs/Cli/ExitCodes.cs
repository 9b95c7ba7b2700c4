namespace Satisfaction.Jobs.Cli;

/// <summary>Exit statuses of every command (OPERATIONS.md: non-zero when the work could not be done).</summary>
public static class ExitCodes
{
    /// <summary>The work was done (a pass that quarantined files still ran).</summary>
    public const int Ok = 0;

    /// <summary>The work failed part-way (store unavailable, disk full, …).</summary>
    public const int Failed = 1;

    /// <summary>The work could not start: bad arguments, settings, scheme or outlet master.</summary>
    public const int BadInput = 2;
}
