using Microsoft.Extensions.Configuration;

namespace Satisfaction.Jobs.Settings;

/// <summary>Builds <see cref="ProductSettings"/> from appsettings.json and SATISFACTION_ environment variables.</summary>
public static class SettingsLoader
{
    public static ProductSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("SATISFACTION_")
            .Build();
        var section = configuration.GetSection("Satisfaction").Exists() ? configuration.GetSection("Satisfaction") : (IConfiguration)configuration;
        return section.Get<ProductSettings>() ?? new ProductSettings();
    }
}
