using Microsoft.Extensions.Configuration;
using Satisfaction.Jobs.Hosting;

namespace Satisfaction.Jobs.Settings;

/// <summary>Builds <see cref="ProductSettings"/> from appsettings.json and SATISFACTION_ environment variables.</summary>
public static class SettingsLoader
{
    public static ProductSettings Load() => Section().Get<ProductSettings>() ?? new ProductSettings();

    /// <summary>The host's settings: the <c>Host</c> section (<c>SATISFACTION_Host__Urls</c>, …).</summary>
    public static HostSettings LoadHost() => Section().GetSection("Host").Get<HostSettings>() ?? new HostSettings();

    /// <summary>Where the workbooks go: the <c>Delivery</c> section (<c>SATISFACTION_Delivery__Smtp__Password</c>, …).</summary>
    public static Delivery.DeliverySettings LoadDelivery() =>
        Section().GetSection(Delivery.DeliverySettings.Section).Get<Delivery.DeliverySettings>() ?? new Delivery.DeliverySettings();

    private static IConfiguration Section()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("SATISFACTION_")
            .Build();
        return configuration.GetSection("Satisfaction").Exists() ? configuration.GetSection("Satisfaction") : configuration;
    }
}
