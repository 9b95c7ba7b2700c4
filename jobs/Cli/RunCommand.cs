using System.CommandLine;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Jobs.Cli.Progress;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary><c>satisfaction run</c>: one pass — ingest every stable inbox file, print a summary, exit.</summary>
public static class RunCommand
{
    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var options = new PassOptions();
        var command = new Command("run", "处理一轮：加载已稳定的文件、重新评分、写出受影响的报告 / one pass: ingest every stable inbox file, rescore what changed, write every affected workbook, print a summary");
        options.AddTo(command);
        command.SetAction(async (result, cancellation) => await RunAsync(options.Apply(result, settings), output, error, cancellation).ConfigureAwait(false));
        return command;
    }

    public static async Task<int> RunAsync(ProductSettings settings, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (settings.Validate() is { Count: > 0 } problems)
        {
            problems.ToList().ForEach(error.WriteLine);
            return ExitCodes.BadInput;
        }

        var inbox = FolderCheck.Writable(settings.Inbox, FolderRole.Inbox, create: false);
        var inputs = ProductInputs.Load(settings.Scheme, settings.Outlets, error);
        if (inputs is null)
        {
            return ExitCodes.BadInput;
        }

        var delivery = DeliveryStart.Load(inputs.Outlets);
        var data = FolderCheck.Writable(settings.Data, FolderRole.Data);
        OutFolder.Prepare(settings.Out, TimeProvider.System);
        using var store = StoreAccess.Open(settings, data);
        var options = new IngestOptions
        {
            Inbox = inbox,
            DataFolder = settings.Data,
            StableFor = TimeSpan.FromSeconds(settings.StableSeconds),
            Checkpoint = FaultInjection.FromEnvironment(),
        };
        var runner = new IngestRunner(store, inputs.Scheme, inputs.Outlets, options, TimeProvider.System);
        return await ProgressDisplay.RunAsync(output, "处理收件箱 / taking the inbox", plain: false, async (lines, progress) =>
        {
            var files = 0;
            runner.FileDone += (_, entry) =>
            {
                SummaryPrinter.FileLine(lines, entry);
                progress.Update(++files, null, entry.Name);
            };
            runner.RowsRead += (_, read) =>
            {
                progress.Update(files, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{read.File.Name}: {read.Rows:N0} rows"));
                if (read.Rows % 131_072 == 0 && !ProgressDisplay.IsTerminal(output))
                {
                    error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  … {read.File.Name}: {read.Rows:N0} rows"));
                }
            };
            lines.WriteLine($"收件箱 / inbox: {inbox}");
            var summary = await runner.RunOnceAsync(cancellation).ConfigureAwait(false);
            SummaryPrinter.Summary(lines, summary, settings.Data);
            WriteReports(store, inputs, settings, delivery, summary, lines, progress, cancellation);
            return ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    // Rescore from the stored answers and rewrite what is owed: every period when the scheme, the master or
    // the out folder changed since the last write, else the periods of every file whose rows have not yet
    // reached the workbooks — this pass's, and those of a pass that failed or was killed before its
    // workbooks were in place. What is owed is cleared only once the workbooks are renamed into place.
    private static void WriteReports(IIngestStore store, ProductInputs inputs, ProductSettings settings, DeliverySettings delivery, IngestSummary summary, TextWriter output, IProgressTask progress, CancellationToken cancellation)
    {
        // Read before the rows are loaded: a file another process commits in between stays owed rather than
        // being cleared without its rows in the workbooks.
        var owed = store.FilesOwingReports();
        var state = ReportState.Current(inputs.SchemePath, inputs.OutletsPath, settings.Out);
        var everything = ReportState.Load(settings.Data) != state;
        if (!everything && owed.Count == 0)
        {
            output.WriteLine("没有新数据，报告无需更新 / nothing new: no workbook rewritten");
            return;
        }

        var thisPass = summary.Files.Select(f => f.Id).ToHashSet();
        if (owed.Count(id => !thisPass.Contains(id)) is > 0 and var earlier)
        {
            output.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"补写之前未写成的报告（{earlier} 个文件）/ also writing the workbooks an earlier pass did not finish ({earlier} file(s))"));
        }

        var written = 0;
        var outcome = ReportJob.Run(store, inputs, new ReportRequest(settings.Out) { ChangedFiles = everything ? null : owed }, w => progress.Update(++written, null, $"写出报告 / workbook {w.Period} {w.City ?? w.Province}"));
        ScorePrinter.Print(output, outcome, settings.Out);

        // Before the debt is cleared: a run killed while delivering writes those workbooks again next time,
        // and delivers what it had not (what it had is not sent twice).
        InlineDelivery.Print(output, InlineDelivery.Run(delivery, Path.GetFullPath(settings.Out), settings.StoreFor(Path.GetFullPath(settings.Data)), outcome.Written, cancellation));
        state.Save(settings.Data);
        store.MarkReported(owed);
    }
}
