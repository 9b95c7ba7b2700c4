using System.CommandLine;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// <c>satisfaction demo</c>: a fresh data folder, the sample vendor files and outlet master from
/// data-samples/, one full run; prints where everything went.
/// </summary>
public static class DemoCommand
{
    public const string FolderName = "--folder";

    /// <summary>Marks a folder the demo made, so that it may be emptied again; nothing else is ever emptied.</summary>
    public const string Marker = ".satisfaction-demo";

    // Folders an earlier version's demo made hold only these, and no marker.
    private static readonly string[] EarlierDemoEntries = ["inbox", "data", "out"];

    public static string DataFolder(string? demoFolder) => Path.Combine(demoFolder ?? "demo", "data");

    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var folder = new Option<string>(FolderName) { Description = "演示目录（每次清空，只接受空目录或演示目录）/ the demo folder, emptied first: an empty or earlier demo folder only (default: demo/)" };
        var command = new Command("demo", "用样例数据完整运行一次 / one full run on the sample data") { folder };
        command.SetAction(async (result, cancellation) =>
        {
            var samples = DefaultFiles.SamplesFolder();
            if (samples is null || !Directory.Exists(Path.Combine(samples, "inbox")))
            {
                error.WriteLine("找不到 data-samples/inbox / cannot find data-samples/inbox: run the demo from inside the repository");
                return ExitCodes.BadInput;
            }

            var root = Empty(result.GetValue(folder) ?? "demo");
            var inbox = Path.Combine(root, "inbox");
            CopyInArrivalOrder(Path.Combine(samples, "inbox"), inbox);
            output.WriteLine($"演示 / demo: {root}");
            var demo = settings with
            {
                Inbox = inbox,
                Data = DataFolder(root),
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

    // Empties the demo folder, but only one the demo made (or an empty one): a folder holding anything
    // else is someone's work, and the demo refuses it rather than delete it.
    private static string Empty(string folder)
    {
        var root = FolderCheck.NotAFile(folder, FolderRole.Demo);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            var entries = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).ToList();
            var demoMade = entries.Contains(Marker) || entries.All(e => EarlierDemoEntries.Contains(e) && Directory.Exists(Path.Combine(root, e!)));
            if (!demoMade)
            {
                throw CommandException.CannotStart(
                    $"演示目录 {root} 不是空目录，也不是演示目录，不会清空它",
                    $"the demo folder {root} is neither empty nor a demo folder: it is not emptied",
                    "请用 --folder 指定一个新目录或空目录 / give a new or empty folder with --folder");
            }

            Directory.Delete(root, recursive: true);
        }

        FolderCheck.Writable(root, FolderRole.Demo);
        File.WriteAllText(Path.Combine(root, Marker), "satisfaction demo: this folder is emptied by every `satisfaction demo`\n");
        return root;
    }

    /// <summary>Copies vendor files (all but README.md) in name order, each modified a minute after the previous one.</summary>
    // git keeps no modification times, so the samples' arrival order (DATA-CONTRACT.md 2.6) is their
    // name order: each copy gets a time one minute after the previous one.
    public static void CopyInArrivalOrder(string from, string to)
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
