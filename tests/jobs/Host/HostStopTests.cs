using System.Text.Json;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Stopping the host (SIGTERM, as a service manager does) hands its running jobs back; the next start finishes them, once.</summary>
public sealed class HostStopTests : IDisposable
{
    private readonly RunFolder _folder = new();

    [Fact]
    public void AWorkbookJobStoppedWithTheHostIsWrittenOnceAfterTheRestart()
    {
        _folder.AddVisits("暗访-苏州.csv", ("V1", RunFolder.Suzhou, "2026-07-10", 4), ("V2", RunFolder.Suzhou, "2026-08-11", 3));
        var held = new Dictionary<string, string> { [TestHold.Variable] = "120" };
        string rebuild;
        using (var first = HostProcess.Start(_folder, held))
        {
            Eventually.True(() => RebuildQueued() is not null, TimeSpan.FromMinutes(1), () => first.Output);
            rebuild = RebuildQueued()!;
            Eventually.True(() => Processing(first, rebuild), TimeSpan.FromMinutes(1), () => first.Output);
            Assert.Equal(0, first.Terminate());
            Assert.Contains("Application is shutting down", first.Output, StringComparison.Ordinal);
        }

        Assert.Empty(HostLogs.WorkbooksWritten(_folder.Data));
        Assert.False(File.Exists(_folder.ProvinceWorkbook("2026Q3")));

        using (var second = HostProcess.Start(_folder))
        {
            Eventually.True(() => HostLogs.WorkbooksWritten(_folder.Data).Count >= 2 && Settled(), TimeSpan.FromMinutes(2), () => second.Output);
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.Equal(0, second.Terminate());
        }

        var written = HostLogs.WorkbooksWritten(_folder.Data);
        Assert.Equal(["2026Q3/江苏/江苏_2026Q3_省分报告.xlsx", "2026Q3/江苏/苏州/苏州_2026Q3_地市报告.xlsx"], written.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(_folder.ProvinceWorkbook("2026Q3")));
        Assert.Empty(Directory.Exists(Path.Combine(_folder.Out, ".writing")) ? Directory.GetFiles(Path.Combine(_folder.Out, ".writing")) : []);

        var (exit, status, _) = ChildProcess.Run(null, "status", "--json", "--data", _folder.Data);
        Assert.Equal(0, exit);
        Assert.False(JsonDocument.Parse(status).RootElement[0].GetProperty("reportsOwed").GetBoolean());
    }

    public void Dispose() => _folder.Dispose();

    private string? RebuildQueued() => HostLogs.Entries(_folder.Data)
        .Where(e => HostLogs.Template(e)?.StartsWith("Scan took", StringComparison.Ordinal) == true && HostLogs.Property(e, "Files") != "0")
        .Select(e => HostLogs.Property(e, "Rebuild")).LastOrDefault(r => r is not null);

    private static bool Processing(HostProcess host, string rebuild)
    {
        using var response = host.Client.GetAsync(new Uri("/api/reruns/" + rebuild, UriKind.Relative)).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var progress = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return progress.RootElement.GetProperty("workbooks").EnumerateArray().Any(w => w.GetProperty("state").GetString() == "processing");
    }

    private bool Settled() => HostLogs.Entries(_folder.Data).Any(e => HostLogs.Template(e)?.StartsWith("Settled", StringComparison.Ordinal) == true && HostLogs.Property(e, "Files") != "0");
}
