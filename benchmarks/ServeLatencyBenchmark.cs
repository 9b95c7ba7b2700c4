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
            var host = ProductProcess.Start(
                "serve", "--inbox", inbox, "--data", Path.Combine(root, "data"), "--out", outFolder,
                "--outlets", Path.Combine(samples, "outlets.csv"), "--scheme", Path.Combine(samples, "scheme.json"), "--urls", ProductProcess.Urls(port));
            try
            {
                ProductProcess.WaitUntilAnswering(port, host);
                var clock = Stopwatch.StartNew();
                DemoCommand.CopyInArrivalOrder(Path.Combine(samples, "inbox"), inbox);
                while (ProductProcess.Workbooks(outFolder) < SampleWorkbooks)
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(3) || host.HasExited)
                    {
                        throw new TimeoutException($"{ProductProcess.Workbooks(outFolder)} workbooks after {clock.Elapsed.TotalSeconds:0} s");
                    }

                    Thread.Sleep(50);
                }

                clock.Stop();
                worst = clock.Elapsed > worst ? clock.Elapsed : worst;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: 16 files landed → {SampleWorkbooks} workbooks written in {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            finally
            {
                ProductProcess.Stop(host);
                Directory.Delete(root, recursive: true);
            }
        }

        Console.WriteLine($"serve, sample inbox to workbooks: worst of 3 runs {worst.TotalSeconds:0.0} s (target < 15 s, the 3-second stability wait included)");
        return worst < TimeSpan.FromSeconds(15) ? 0 : 1;
    }
}
