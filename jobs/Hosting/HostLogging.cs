using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// Structured logs of the host: to the console, and to one JSON file a day under <c>&lt;data&gt;/logs/</c>
/// (<c>host-yyyyMMdd.json</c>, a month kept), each entry with the job, the file and the scope it is about.
/// </summary>
public static class HostLogging
{
    public const string FilePrefix = "host-";

    private const string ConsoleTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {Job} {Scope} {File} {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration Configure(LoggerConfiguration logging, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(logging);
        return logging
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)

            // A host that fails to start says why through the command's top-level handler (one line, the log's path).
            .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", LogEventLevel.Fatal)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(dataFolder, Cli.ErrorLog.FolderName, FilePrefix + ".json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                fileSizeLimitBytes: 100L * 1024 * 1024,
                rollOnFileSizeLimit: true,
                shared: true,
                flushToDiskInterval: TimeSpan.FromSeconds(1));
    }
}
