using Satisfaction.Ingest.Outlets;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Delivery;

/// <summary>Loads and checks the delivery settings where a command that writes workbooks starts; bad ones stop it (exit 2), each named by its path.</summary>
public static class DeliveryStart
{
    public static DeliverySettings Load(OutletMaster master)
    {
        ArgumentNullException.ThrowIfNull(master);
        DeliverySettings settings;
        try
        {
            settings = SettingsLoader.LoadDelivery();
        }
        catch (InvalidOperationException e)
        {
            throw Invalid([$"{DeliverySettings.Section}: {e.Message}"]);
        }

        return DeliverySettingsCheck.Problems(settings, master) is { Count: > 0 } problems ? throw Invalid(problems) : settings;
    }

    private static CommandException Invalid(IReadOnlyList<string> problems) => CommandException.CannotStart(
        "投递设置无效：" + string.Join("；", problems),
        "invalid settings: " + string.Join("; ", problems),
        "请检查 appsettings.json 的 Satisfaction:Delivery 部分和 SATISFACTION_Delivery__ 开头的环境变量 / check the Satisfaction:Delivery section of appsettings.json and the SATISFACTION_Delivery__ environment variables");
}
