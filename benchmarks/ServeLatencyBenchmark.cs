using System.Diagnostics;
using System.Globalization;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Benchmarks;

// `satisfaction serve` as production runs it (a child process, the default 3-second stability wait, the
// embedded SQLite storage): the sample inbox lands in its inbox, and the clock runs until every one of the
// samples' 28 workbooks is in the out folder. Three runs, each on fresh folders and a fresh host.
internal static class ServeLatencyBenchmark
{
    private const int SampleWorkbooks = 28;

    public static int Run()
    {
        var samples = DefaultFiles.SamplesFolder() ?? throw new InvalidOperationException("run from inside the repository");
        var worst = TimeSpan.Zero;
        for (var run = 1; run <= 3; run++)
        {
            var root = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
            var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
            var outFolder = Path.Combine(root, "out");
            var port = LoopbackPort.Free();
            using var host = Start(root, inbox, outFolder, port, samples);
            try
            {
                WaitUntilAnswering(port, host);
                var clock = Stopwatch.StartNew();
                DemoCommand.CopyInArrivalOrder(Path.Combine(samples, "inbox"), inbox);
                while (Workbooks(outFolder) < SampleWorkbooks)
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(3) || host.HasExited)
                    {
                        throw new TimeoutException($"{Workbooks(outFolder)} workbooks after {clock.Elapsed.TotalSeconds:0} s");
                    }

                    Thread.Sleep(50);
                }

                clock.Stop();
                worst = clock.Elapsed > worst ? clock.Elapsed : worst;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: 16 files landed → {SampleWorkbooks} workbooks written in {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            finally
            {
                using (var stop = Process.Start("kill", ["-TERM", host.Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    stop.WaitForExit();
                }

                host.WaitForExit(60_000);
                Directory.Delete(root, recursive: true);
            }
        }

        Console.WriteLine($"serve, sample inbox to workbooks: worst of 3 runs {worst.TotalSeconds:0.0} s (target < 15 s, the 3-second stability wait included)");
        return worst < TimeSpan.FromSeconds(15) ? 0 : 1;
    }

    private static Process Start(string root, string inbox, string outFolder, int port, string samples)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "satisfaction.dll"), "serve", "--inbox", inbox, "--data", Path.Combine(root, "data"), "--out", outFolder,
            "--outlets", Path.Combine(samples, "outlets.csv"), "--scheme", Path.Combine(samples, "scheme.json"),
            "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        })
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

    private static void WaitUntilAnswering(int port, Process host)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600 && !host.HasExited; i++)
        {
            try
            {
                using var response = client.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/workbooks"))).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("the host did not come up");
    }

    private static int Workbooks(string outFolder) => Directory.Exists(outFolder)
        ? Directory.EnumerateFiles(outFolder, "*.xlsx", SearchOption.AllDirectories).Count(f => !f.Contains("/.writing/", StringComparison.Ordinal))
        : 0;
}
