using System.Diagnostics;

namespace Satisfaction.Jobs.Tests;

/// <summary>Runs the real command-line program (satisfaction.dll beside the tests) in a child process.</summary>
public static class ChildProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "satisfaction.dll");

    /// <summary>Root ignores file permissions: under root, an unprivileged child runs as nobody (setpriv).</summary>
    public static bool RunningAsRoot => Environment.UserName == "root";

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args) => Start(environment, unprivileged: false, args);

    public static Process Start(IReadOnlyDictionary<string, string>? environment, bool unprivileged, params string[] args)
    {
        var asNobody = unprivileged && RunningAsRoot;
        var info = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["HOME"] = Path.GetTempPath();
            info.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        info.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the program");
    }

    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Run(environment, unprivileged: false, args);

    /// <summary>Runs the program as an account that file permissions apply to.</summary>
    public static (int ExitCode, string Output, string Error) RunUnprivileged(params string[] args) => Run(null, unprivileged: true, args);

    private static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string>? environment, bool unprivileged, params string[] args)
    {
        using var process = Start(environment, unprivileged, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the program did not finish in 3 minutes: " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
