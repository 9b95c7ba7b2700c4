using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Web;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// The whole composition of <c>satisfaction serve</c> on one screen: logs, Hangfire (storage from the store
/// seam, a server whose workers run the scan, plan and workbook jobs, the dashboard at /hangfire), the
/// schedules and the inbox watcher, the credentials, and the page with its API.
/// </summary>
public static class SatisfactionHost
{
    public static WebApplication Build(WorkFolders folders, HostSettings settings, TimeProvider time, DeliverySettings? delivery = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Host.UseSerilog((_, logging) => HostLogging.Configure(logging, folders.Data));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var store = new HostStore(folders.Data, folders.Store) { InvisibilityTimeout = TimeSpan.FromSeconds(settings.InvisibilityTimeoutSeconds) };
        var storage = store.JobStorage();
        var context = new WorkContext(folders, store, storage, time);
        builder.Services.AddSingleton(context).AddSingleton(settings).AddSingleton(time)
            .AddSingleton(new RebuildPlanner(context.Rebuilds, context.Pending, context.Client))
            .AddSingleton(delivery ?? new DeliverySettings()).AddSingleton<DeliveryScheduler>()
            .AddTransient<InboxScanJob>().AddTransient<RebuildJob>().AddTransient<WorkbookJob>().AddTransient<DeliveryJob>()
            .AddHostedService<Schedules>().AddHostedService<InboxWatcher>();

        builder.Services.AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings().UseStorage(storage));
        Retries.Configure(settings.RetryDelaySeconds() ?? []);
        builder.Services.AddHangfireServer((_, o) =>
        {
            o.WorkerCount = settings.Workers;
            o.Queues = ["ingest", "default", "delivery"];
            o.HeartbeatInterval = HostHeartbeat.Interval;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ServerCheckInterval = TimeSpan.FromSeconds(30);
            o.ServerTimeout = TimeSpan.FromMinutes(1);
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        }, storage);

        builder.Services.AddDataProtection().SetApplicationName("satisfaction")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folders.Data, "keys")));
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorization(o =>
        {
            if (settings.HasCredentials)
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder(CredentialsHandler.SchemeName).RequireAuthenticatedUser().Build();
            }
        });
        if (settings.HasCredentials)
        {
            builder.Services.AddAuthentication(CredentialsHandler.SchemeName)
                .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CredentialsHandler>(CredentialsHandler.SchemeName, null);
        }

        var app = builder.Build();
        if (settings.HasCredentials)
        {
            app.UseAuthentication();
        }

        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "Satisfaction 任务面板",
            AppPath = "/",
            Authorization = [new DashboardAccess(settings.HasCredentials)],
        }, storage);
        WebEndpoints.Map(app);
        return app;
    }

    // With credentials, the endpoint's authorization (the fallback policy) has already signed the request in;
    // without them the host listens on loopback only, where every caller is on this machine.
    private sealed class DashboardAccess(bool credentials) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            !credentials || context.GetHttpContext().User.Identity?.IsAuthenticated == true;
    }
}
