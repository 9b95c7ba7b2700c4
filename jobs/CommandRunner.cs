using System.CommandLine;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs;

/// <summary>
/// The one top-level handler every command runs under. Whatever stops a command, the screen gets one line
/// in both languages and what to do next, the log under the data folder gets the detail and stack trace,
/// and the exit status says which kind of stop it was: 2 when the command could not start (bad arguments,
/// settings, folders, scheme or master), 1 when its work failed part-way.
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<ProductSettings> loadSettings, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(loadSettings);
        ArgumentNullException.ThrowIfNull(error);
        ProductSettings settings;
        try
        {
            settings = loadSettings();
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException)
        {
            return Report(error, new FailureReason(
                ExitCodes.BadInput,
                $"设置无效：{e.Message}",
                $"invalid settings: {e.Message}",
                "请检查 appsettings.json 和 SATISFACTION_ 开头的环境变量 / check appsettings.json and the SATISFACTION_ environment variables",
                Unexpected: false), log: null);
        }

        var parse = CommandLine.Build(settings, output, error).Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command == parse.RootCommandResult.Command ? "satisfaction" : "satisfaction " + parse.CommandResult.Command.Name;
            return Report(error, new FailureReason(
                ExitCodes.BadInput,
                "参数有误：" + string.Join("；", parse.Errors.Select(e => e.Message)),
                "bad arguments: " + string.Join("; ", parse.Errors.Select(e => e.Message)),
                $"用法见 / see the usage: {command} --help",
                Unexpected: false), log: null);
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error }).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            var reason = FailureReason.Of(failure);
            var log = reason.Unexpected ? new ErrorLog(LogFolders.DataFolderOf(parse, settings), time).Write(args, failure) : null;
            return Report(error, reason, log);
        }
    }

    private static int Report(TextWriter error, FailureReason reason, string? log)
    {
        error.WriteLine($"{reason.Chinese} / {reason.English}");
        if (reason.Hint.Length > 0)
        {
            error.WriteLine("  → " + reason.Hint);
        }

        if (log is not null)
        {
            error.WriteLine($"  详情见日志 / details in the log: {log}");
        }

        return reason.ExitCode;
    }
}
