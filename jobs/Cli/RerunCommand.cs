using System.CommandLine;
using Satisfaction.Analysis.Periods;
using Satisfaction.Jobs.Cli.Progress;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary><c>satisfaction rerun --period P [--province X] [--city Y]</c>: rebuild the workbooks of a period from the store.</summary>
public static class RerunCommand
{
    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var period = new Option<string>("--period") { Description = "周期，如 2026Q3 或 2026-07 / the period, e.g. 2026Q3 or 2026-07", Required = true };
        var province = new Option<string>("--province") { Description = "只重建该省 / only this province" };
        var city = new Option<string>("--city") { Description = "只重建该地市 / only this city" };
        var data = SharedOptions.Data();
        var outFolder = SharedOptions.Out();
        var outlets = SharedOptions.Outlets();
        var scheme = SharedOptions.Scheme();
        var stores = new StoreOptions();
        var wait = new Option<bool>("--wait") { Description = "交给正在运行的服务时，等待完成并显示进度 / when a running host takes the rerun, wait for it and show progress" };
        var command = new Command("rerun", "重建某周期的报告（全部、某省或某市）：有服务在运行时交给它，否则直接生成 / rebuild a period's workbooks (all, one province or one city): queued for a running host, else written here")
        {
            period, province, city, data, outFolder, outlets, scheme, wait,
        };
        stores.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            var which = ParsePeriod(result.GetValue(period));
            var inputs = ProductInputs.Load(result.GetValue(scheme) ?? settings.Scheme, result.GetValue(outlets) ?? settings.Outlets, error);
            if (inputs is null)
            {
                return ExitCodes.BadInput;
            }

            var chosen = stores.Apply(result, settings);
            using var store = StoreAccess.OpenExisting(chosen, result.GetValue(data) ?? settings.Data);

            if (which.Kind != inputs.Scheme.Period)
            {
                error.WriteLine($"周期 {which} 与评分方案的周期类型（{inputs.Scheme.Period}）不符 / the period {which} does not match the scheme's period kind ({inputs.Scheme.Period})");
                return ExitCodes.BadInput;
            }

            var dataFolder = result.GetValue(data) ?? settings.Data;
            if (RunningHost.Find(dataFolder, chosen.StoreFor(FolderCheck.FullPath(dataFolder, FolderRole.Data))) is { } host)
            {
                return await host.RerunAsync(which, result.GetValue(province), result.GetValue(city), result.GetValue(wait), output, cancellation).ConfigureAwait(false);
            }

            var delivery = DeliveryStart.Load(inputs.Outlets);
            error.WriteLine("没有正在运行的服务，由本命令直接生成报告 / no host is running on this data folder: rerun writes the workbooks itself");
            var request = new ReportRequest(OutFolder.Prepare(result.GetValue(outFolder) ?? settings.Out, TimeProvider.System), [which], result.GetValue(province), result.GetValue(city));
            var outcome = await ProgressDisplay.RunAsync(output, "生成报告 / writing workbooks", plain: false, (_, progress) =>
            {
                var written = 0;
                return Task.FromResult(ReportJob.Run(store, inputs, request, w => progress.Update(++written, null, $"{w.Period} {w.City ?? w.Province}")));
            }).ConfigureAwait(false);
            if (outcome.Written.Count == 0)
            {
                DisallowedPrinter.Print(output, outcome.Disallowed);
                error.WriteLine($"{which} 没有符合条件的数据 / no data for {which}{(request.Province is null ? string.Empty : " " + request.Province)}{(request.City is null ? string.Empty : " " + request.City)}");
                return ExitCodes.BadInput;
            }

            ScorePrinter.Print(output, outcome, request.OutFolder);
            InlineDelivery.Print(output, InlineDelivery.Run(delivery, request.OutFolder, chosen.StoreFor(FolderCheck.FullPath(dataFolder, FolderRole.Data)), outcome.Written, cancellation));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Period ParsePeriod(string? text)
    {
        try
        {
            return Period.Parse(text ?? string.Empty);
        }
        catch (ArgumentException)
        {
            throw CommandException.CannotStart("--period 为空", "--period is empty", "请写季度如 2026Q3，或月份如 2026-07 / write a quarter as 2026Q3 or a month as 2026-07");
        }
        catch (FormatException e)
        {
            throw CommandException.CannotStart($"“{text}”不是周期", e.Message, "请写季度如 2026Q3，或月份如 2026-07 / write a quarter as 2026Q3 or a month as 2026-07");
        }
    }
}
