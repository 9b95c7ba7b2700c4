using System.Text.Json;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>The host's structured log files (<c>&lt;data&gt;/logs/host-*.json</c>), one JSON object a line.</summary>
public static class HostLogs
{
    public static IReadOnlyList<JsonElement> Entries(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "logs");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var entries = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(folder, "host-*.json").Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    using var document = JsonDocument.Parse(line);
                    entries.Add(document.RootElement.Clone());
                }
            }
        }

        return entries;
    }

    /// <summary>The workbooks the logs say were written (relative to the out folder), once per write.</summary>
    public static IReadOnlyList<string> WorkbooksWritten(string dataFolder) =>
        [.. Entries(dataFolder).Where(e => Template(e) == "Workbook written: {Workbook}").Select(e => e.GetProperty("Workbook").GetString()!)];

    public static string? Template(JsonElement entry) => entry.TryGetProperty("@mt", out var template) ? template.GetString() : null;

    public static string? Property(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.ToString() : null;
}
