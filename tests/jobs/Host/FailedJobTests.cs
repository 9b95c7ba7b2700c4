using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>A workbook job that fails for good leaves the previous workbook in place and shows why, on the page's API and in the dashboard.</summary>
[Collection(SharedSampleHost.Name)]
public sealed class FailedJobTests(ServedSampleInbox served)
{
    [Fact]
    public async Task AWorkbookJobThatFailsForGoodLeavesThePreviousWorkbookAndShowsWhy()
    {
        served.WaitUntilQuiet();
        var workbook = Path.Combine(served.Folder.Out, "2026Q3", "江苏", "常州", "常州_2026Q3_地市报告.xlsx");
        var before = (Bytes: await File.ReadAllBytesAsync(workbook), Time: File.GetLastWriteTimeUtc(workbook));

        // Every workbook is staged in <out>/.writing before its rename: a file in its place makes every write fail.
        var staging = Path.Combine(served.Folder.Out, ".writing");
        Directory.Delete(staging, recursive: true);
        await File.WriteAllTextAsync(staging, "in the way");
        JsonElement progress;
        try
        {
            var started = await served.Host.Client.PostAsJsonAsync(new Uri("/api/reruns", UriKind.Relative), new { period = "2026Q3", city = "常州" });
            var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            progress = default;
            Eventually.True(
                () => (progress = served.Host.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/reruns/" + id, UriKind.Relative)).GetAwaiter().GetResult()).GetProperty("finished").GetBoolean(),
                TimeSpan.FromMinutes(1),
                () => progress.ToString());
        }
        finally
        {
            File.Delete(staging);
        }

        Assert.Equal("failed", progress.GetProperty("state").GetString());
        var failed = progress.GetProperty("workbooks")[0];
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        Assert.Contains(".writing", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Bytes, await File.ReadAllBytesAsync(workbook));
        Assert.Equal(before.Time, File.GetLastWriteTimeUtc(workbook));

        var dashboard = await served.Host.Client.GetAsync(new Uri("/hangfire/jobs/details/" + failed.GetProperty("jobId").GetString(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var details = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("Failed", details, StringComparison.Ordinal);
        Assert.Contains(".writing", details, StringComparison.Ordinal);
    }
}
