using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Settings;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// <c>satisfaction serve</c>: the long-running host — a Hangfire server scanning the inbox (every minute and
/// whenever a file arrives), writing each workbook as its own job, rebuilding everything nightly; the
/// dashboard at /hangfire and the analysts' page at /. Runs until Ctrl-C or SIGTERM, which hand back the
/// jobs under way to be run again on the next start.
/// </summary>
public static class ServeCommand
{
    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var options = new PassOptions();
        var urls = new Option<string>("--urls") { Description = $"监听地址，多个用分号分隔 / where to listen, ';' between several (default {HostSettings.DefaultUrls}); any address but loopback needs credentials in the settings" };
        var command = new Command("serve", "常驻服务：监视收件箱、按任务生成报告、分析员页面与任务面板 / the long-running host: inbox watching, one job per workbook, the analysts' page and the Hangfire dashboard")
        {
            urls,
        };
        options.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            var loaded = SettingsLoader.LoadHost();
            var host = result.GetValue(urls) is { } given ? loaded with { Urls = given } : loaded;
            return await ServeAsync(options.Apply(result, settings), host, output, error, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> ServeAsync(ProductSettings settings, HostSettings host, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (settings.Validate().Concat(host.Validate()).ToList() is { Count: > 0 } problems)
        {
            throw CommandException.CannotStart("设置无效：" + string.Join("；", problems), "invalid settings: " + string.Join("; ", problems), "请检查 appsettings.json 和 SATISFACTION_ 开头的环境变量 / check appsettings.json and the SATISFACTION_ environment variables");
        }

        RefuseOpenAddressesWithoutCredentials(host);

        // A fresh clone has no inbox yet: the host makes one, where `run` insists on an existing one.
        var inbox = FolderCheck.Writable(settings.Inbox, FolderRole.Inbox);
        if (ProductInputs.Load(settings.Scheme, settings.Outlets, error) is not { } inputs)
        {
            return ExitCodes.BadInput;
        }

        var delivery = DeliveryStart.Load(inputs.Outlets);

        var data = FolderCheck.Writable(settings.Data, FolderRole.Data);
        var outFolder = OutFolder.Prepare(settings.Out, TimeProvider.System);
        StoreAccess.Open(settings, data).Dispose();
        var folders = new WorkFolders(inbox, data, outFolder, settings.Scheme, settings.Outlets, TimeSpan.FromSeconds(settings.StableSeconds))
        {
            Store = settings.StoreFor(data),
        };
        await using var app = SatisfactionHost.Build(folders, host, TimeProvider.System, delivery);
        output.WriteLine($"收件箱 / inbox: {inbox}");
        output.WriteLine($"报告 / out: {outFolder}");
        output.WriteLine($"数据 / data: {data} (日志 / logs: {Path.Combine(data, ErrorLog.FolderName)})");
        if (delivery.Enabled)
        {
            output.WriteLine($"投递 / delivery: {string.Join(", ", delivery.Offices.Select(o => o.Key))}");
        }

        foreach (var url in ListenAddresses.Split(host.Urls))
        {
            output.WriteLine($"页面 / page: {url.TrimEnd('/')}/   任务面板 / dashboard: {url.TrimEnd('/')}/hangfire");
        }

        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw CommandException.CannotStart(
                $"地址已被占用：{host.Urls}",
                $"the address is in use: {host.Urls} ({e.Message})",
                "另一个程序（或另一个 satisfaction serve）正在监听；请用 --urls 换一个端口 / another program (or another satisfaction serve) listens there: choose another port with --urls");
        }

        await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static void RefuseOpenAddressesWithoutCredentials(HostSettings host)
    {
        if (!host.HasCredentials && ListenAddresses.NotLoopback(host.Urls) is { Count: > 0 } open)
        {
            var list = string.Join(", ", open);
            throw CommandException.CannotStart(
                $"在非本机地址 {list} 上监听需要先配置登录凭据，服务未启动",
                $"listening on {list}, which is not loopback, needs credentials: the host did not start",
                "请在设置中配置 Satisfaction:Host:Users（密码哈希由 satisfaction hash-password 生成）或 Satisfaction:Host:ApiToken，或只在 127.0.0.1 上监听 / "
                + "configure Satisfaction:Host:Users (password hashes from `satisfaction hash-password`) or Satisfaction:Host:ApiToken, or listen on 127.0.0.1 only");
        }
    }
}
