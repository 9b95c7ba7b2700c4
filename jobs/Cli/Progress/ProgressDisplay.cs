using Spectre.Console;

namespace Satisfaction.Jobs.Cli.Progress;

/// <summary>
/// Long work on the command line: on a terminal a live progress bar (Spectre.Console), with the command's own
/// lines printed above it; when output is redirected (a log, a pipe, CI), the plain lines alone.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>True when <paramref name="output"/> is the console and the console is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>
    /// Runs <paramref name="work"/> with a writer for its lines and a progress task to update. On a terminal the
    /// lines go above the bar; otherwise the writer is <paramref name="output"/> and <paramref name="plain"/>
    /// says whether progress is also printed as lines (when the command prints nothing else while it waits).
    /// </summary>
    public static async Task<T> RunAsync<T>(TextWriter output, string title, bool plain, Func<TextWriter, IProgressTask, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(work);
        if (!IsTerminal(output))
        {
            return await work(output, plain ? new PlainProgress(output, title) : NoProgress.Instance).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                task.IsIndeterminate = true;
                using var lines = new ConsoleLines(console);
                return await work(lines, new BarProgress(task, title)).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private sealed class BarProgress(ProgressTask task, string title) : IProgressTask
    {
        public void Update(int done, int? total, string? detail)
        {
            var count = total is { } all ? $"{done}/{all}" : $"{done}";
            task.Description = Markup.Escape(detail is null ? $"{title} {count}" : $"{title} {count}: {detail}");
            if (total is > 0 and var max)
            {
                task.IsIndeterminate = false;
                task.MaxValue = max;
                task.Value = Math.Min(done, max);
            }
        }
    }

    private sealed class NoProgress : IProgressTask
    {
        public static NoProgress Instance { get; } = new();

        public void Update(int done, int? total, string? detail)
        {
        }
    }
}

/// <summary>Where long work reports how far it is: items done, of how many when known, and what it is on.</summary>
public interface IProgressTask
{
    void Update(int done, int? total, string? detail);
}
