using System.Diagnostics;
using System.Globalization;

namespace Satisfaction.Benchmarks;

// The product as a child process, the way production starts it, for the benchmarks that time `serve`: started
// with its output drained (a full pipe would stall it), waited for until its web host answers, stopped with SIGTERM
// as a service manager would, and the finished workbooks in its out folder counted.
internal static class ProductProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "satisfaction.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the product to its end; throws unless it exits 0 within ten minutes.</summary>
    public static void Run(params string[] args)
    {
        using var process = Start(args);
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException("satisfaction " + string.Join(' ', args) + " failed");
        }
    }

    public static string Urls(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    public static void WaitUntilAnswering(int port, Process host)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 1200 && !host.HasExited; i++)
        {
            try
            {
                using var response = client.GetAsync(new Uri(Urls(port) + "/api/workbooks")).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("the host did not come up");
    }

    public static void Stop(Process host)
    {
        if (!host.HasExited)
        {
            using var stop = Process.Start("kill", ["-TERM", host.Id.ToString(CultureInfo.InvariantCulture)]);
            stop.WaitForExit();
        }

        if (!host.WaitForExit(60_000))
        {
            host.Kill();
        }

        host.Dispose();
    }

    /// <summary>The workbooks in place under the out folder (not those being written).</summary>
    public static int Workbooks(string outFolder) => Directory.Exists(outFolder)
        ? Directory.EnumerateFiles(outFolder, "*.xlsx", SearchOption.AllDirectories).Count(f => !f.Contains("/.writing/", StringComparison.Ordinal))
        : 0;
}
