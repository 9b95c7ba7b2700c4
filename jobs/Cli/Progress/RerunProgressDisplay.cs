using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Cli.Progress;

/// <summary>Follows a rerun queued for a running host until it finishes, showing workbooks written of the total.</summary>
public static class RerunProgressDisplay
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public static Task<RebuildProgress> FollowAsync(Func<RebuildProgress?> read, TextWriter output, CancellationToken cancellation) =>
        ProgressDisplay.RunAsync(output, "重新生成 / rerun", plain: true, async (_, progress) =>
        {
            ArgumentNullException.ThrowIfNull(read);
            while (true)
            {
                var now = read() ?? throw new InvalidOperationException("the rerun's record is gone from the job storage");
                progress.Update(now.Done, now.Total == 0 ? null : now.Total, now.State);
                if (now.Finished)
                {
                    return now;
                }

                await Task.Delay(Poll, cancellation).ConfigureAwait(false);
            }
        });
}
