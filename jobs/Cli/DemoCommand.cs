using System.CommandLine;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// <c>satisfaction demo</c>: a fresh data folder, the sample vendor files and outlet master from
/// data-samples/, one full run; prints where everything went.
/// </summary>
public static class DemoCommand
{
    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var folder = new Option<string>("--folder") { Description = "演示目录（每次清空）/ the demo folder, emptied first (default: demo/)" };
        var command = new Command("demo", "用样例数据完整运行一次 / one full run on the sample data") { folder };
        command.SetAction(async (result, cancellation) =>
        {
            var root = Path.GetFullPath(result.GetValue(folder) ?? "demo");
            var samples = DefaultFiles.SamplesFolder();
            if (samples is null || !Directory.Exists(Path.Combine(samples, "inbox")))
            {
                error.WriteLine("找不到 data-samples/inbox / cannot find data-samples/inbox: run the demo from inside the repository");
                return ExitCodes.BadInput;
            }

            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var inbox = Path.Combine(root, "inbox");
            CopyInArrivalOrder(Path.Combine(samples, "inbox"), inbox);
            output.WriteLine($"演示 / demo: {root}");
            var demo = settings with
            {
                Inbox = inbox,
                Data = Path.Combine(root, "data"),
                Out = Path.Combine(root, "out"),
                Outlets = Path.Combine(samples, "outlets.csv"),
                Scheme = Path.Combine(samples, "scheme.json"),
                StableSeconds = 0,
            };
            var status = await RunCommand.RunAsync(demo, output, error, cancellation).ConfigureAwait(false);
            output.WriteLine($"台账 / ledger: satisfaction status --data {demo.Data}");
            return status;
        });
        return command;
    }

    // git keeps no modification times, so the samples' arrival order (DATA-CONTRACT.md 2.6) is their
    // name order: each copy gets a time one minute after the previous one.
    private static void CopyInArrivalOrder(string from, string to)
    {
        Directory.CreateDirectory(to);
        var start = DateTime.UtcNow.AddHours(-1);
        var files = Directory.GetFiles(from).Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var target = Path.Combine(to, Path.GetFileName(files[i]));
            File.Copy(files[i], target);
            File.SetLastWriteTimeUtc(target, start.AddMinutes(i));
        }
    }
}
