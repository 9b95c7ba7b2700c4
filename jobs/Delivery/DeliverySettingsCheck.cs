using System.Globalization;
using MimeKit;
using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Checks the delivery settings before a command starts, every problem named by its setting's path
/// (<c>Delivery:Offices:2:City</c>): offices the outlet master does not know, folders that are relative,
/// missing or not writable, addresses that do not parse, and a mail server that is missing or out of range.
/// </summary>
public static class DeliverySettingsCheck
{
    public static IReadOnlyList<string> Problems(DeliverySettings settings, OutletMaster master)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(master);
        var problems = new List<string>();
        var cities = master.Outlets.GroupBy(o => o.Province, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.City).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Offices.Count; i++)
        {
            var office = settings.Offices[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"{DeliverySettings.Section}:Offices:{i}");
            Office(office, path, cities, problems);
            if (!seen.Add(office.Key))
            {
                problems.Add($"{path}: the office {office.Key} is listed twice; give it one entry with its folder and every recipient");
            }
        }

        if (settings.Offices.Any(o => o.HasMail))
        {
            Smtp(settings.Smtp, problems);
        }

        return problems;
    }

    private static void Office(OfficeSettings office, string path, Dictionary<string, HashSet<string>> cities, List<string> problems)
    {
        var province = office.Province?.Trim() ?? string.Empty;
        if (province.Length == 0)
        {
            problems.Add($"{path}:Province: every office needs a province");
        }
        else if (!cities.TryGetValue(province, out var known))
        {
            problems.Add($"{path}:Province: '{province}' is not a province of the outlet master (it has {string.Join(", ", cities.Keys.Order(StringComparer.Ordinal))})");
        }
        else if (DeliverySettings.Blank(office.City) is { } city && !known.Contains(city))
        {
            problems.Add($"{path}:City: '{city}' is not a city of {province} in the outlet master (it has {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }

        if (!office.HasFolder && !office.HasMail)
        {
            problems.Add($"{path}: the office needs a Folder, Recipients, or both");
        }

        if (office.HasFolder && FolderProblem(office.Folder!) is { } folder)
        {
            problems.Add($"{path}:Folder: {folder}");
        }

        for (var r = 0; r < office.Recipients.Count; r++)
        {
            if (!MailboxAddress.TryParse(office.Recipients[r], out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:Recipients:{r}: '{office.Recipients[r]}' is not an e-mail address"));
            }
        }
    }

    private static void Smtp(SmtpSettings smtp, List<string> problems)
    {
        const string Path = DeliverySettings.Section + ":Smtp";
        if (!smtp.Configured)
        {
            problems.Add($"{Path}:Host: offices have e-mail recipients, so the mail server must be set");
        }

        if (smtp.Port is { } port && port is < 1 or > 65535)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Path}:Port: must be between 1 and 65535, not {port}"));
        }

        if (smtp.SocketOptions() is null)
        {
            problems.Add($"{Path}:Tls: '{smtp.Tls}' is not one of none, starttls, ssl");
        }

        if (string.IsNullOrWhiteSpace(smtp.From) || !MailboxAddress.TryParse(smtp.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{Path}:From: '{smtp.From}' is not an e-mail address (the sender, e.g. \"满意度报告 <reports@example.cn>\")");
        }

        if (!string.IsNullOrWhiteSpace(smtp.User) && string.IsNullOrEmpty(smtp.Password))
        {
            problems.Add($"{Path}:Password: a User is set but no password (set SATISFACTION_Delivery__Smtp__Password in the environment)");
        }

        if (smtp.TimeoutSeconds is < 1 or > 600)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Path}:TimeoutSeconds: must be between 1 and 600, not {smtp.TimeoutSeconds}"));
        }
    }

    // A missing folder is refused rather than made: an office folder is usually a mounted share, and making
    // it would quietly fill the local disk under an unmounted mount point.
    private static string? FolderProblem(string folder)
    {
        if (!Path.IsPathFullyQualified(folder))
        {
            return $"'{folder}' is relative; give the office's folder as an absolute path";
        }

        if (!Directory.Exists(folder))
        {
            return File.Exists(folder) ? $"'{folder}' is a file, not a folder" : $"'{folder}' does not exist (create it, or mount the office's share)";
        }

        try
        {
            var probe = Path.Combine(folder, $".satisfaction-probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"'{folder}' is not writable ({e.Message}); give the account running satisfaction write access";
        }
    }
}
