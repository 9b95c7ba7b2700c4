using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>The host over real HTTP on loopback, after the sample inbox was dropped into it.</summary>
[Collection(SharedSampleHost.Name)]
public sealed class ServeEndToEndTests(ServedSampleInbox served)
{
    private HttpClient Client => served.Host.Client;

    [Fact]
    public void DroppedSampleFilesBecomeEveryWorkbookEachWrittenOnce()
    {
        Assert.Equal(ServedSampleInbox.SampleWorkbooks, served.Workbooks().Count);
        var written = served.WrittenAtStart;
        Assert.Equal(ServedSampleInbox.SampleWorkbooks, written.Count);
        Assert.Equal(written.Count, written.Distinct().Count());
        Assert.Empty(Directory.GetFiles(served.Folder.Inbox));
        Assert.True(served.DropToWorkbooks < TimeSpan.FromSeconds(90), $"{served.DropToWorkbooks.TotalSeconds:0.0} s");
    }

    [Fact]
    public void EachLogEntryOfAJobNamesTheJobTheScopeAndTheFile()
    {
        var entries = HostLogs.Entries(served.Folder.Data);
        var files = entries.Where(e => HostLogs.Template(e)?.StartsWith("File {Outcome}", StringComparison.Ordinal) == true).ToList();
        var samples = Directory.GetFiles(Path.Combine(RunFolder.Samples, "inbox")).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal);
        Assert.Equal(samples, files.Select(e => HostLogs.Property(e, "File")).Order(StringComparer.Ordinal));
        Assert.All(files, e => Assert.Equal("scan", HostLogs.Property(e, "Job")));
        Assert.Contains(files, e => HostLogs.Property(e, "File") == "14-暗访报告-2026Q3-苏州.pdf" && HostLogs.Property(e, "Outcome") == "quarantined");
        var workbooks = entries.Where(e => HostLogs.Template(e) == "Workbook written: {Workbook}").ToList();
        Assert.All(workbooks, e => Assert.Equal("workbook", HostLogs.Property(e, "Job")));
        Assert.Contains(workbooks, e => HostLogs.Property(e, "Scope") == "2026Q3/江苏/南京" && HostLogs.Property(e, "Rebuild") is { Length: > 0 });
    }

    [Fact]
    public async Task TheLedgerApiListsEveryFileNewestFirstWithReasonsAndErrorReports()
    {
        using var ledger = await JsonDocument.ParseAsync(await Client.GetStreamAsync(new Uri("/api/ledger?size=10", UriKind.Relative)));
        var root = ledger.RootElement;
        Assert.Equal(16, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("pages").GetInt32());
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(10, entries.Count);
        Assert.Equal("16-满意度-2026Q2-南京苏州.csv", entries[0].GetProperty("entry").GetProperty("file").GetString());

        using var second = await JsonDocument.ParseAsync(await Client.GetStreamAsync(new Uri("/api/ledger?size=10&page=2", UriKind.Relative)));
        Assert.Equal("01-暗访-2026Q3-南京无锡常州镇江.csv", second.RootElement.GetProperty("entries").EnumerateArray().Last().GetProperty("entry").GetProperty("file").GetString());
        var quarantined = entries
            .Single(e => e.GetProperty("entry").GetProperty("file").GetString() == "09-暗访-2026Q3-盐城-缺日期.csv");
        Assert.Equal("quarantined", quarantined.GetProperty("entry").GetProperty("outcome").GetString());
        Assert.Contains("访问日期", quarantined.GetProperty("entry").GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);

        var report = await Client.GetAsync(new Uri(quarantined.GetProperty("errorReportUrl").GetString()!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var bytes = await report.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task TheWorkbooksApiListsEveryWorkbookNewestPeriodFirstWithItsDownload()
    {
        using var workbooks = await JsonDocument.ParseAsync(await Client.GetStreamAsync(new Uri("/api/workbooks", UriKind.Relative)));
        var list = workbooks.RootElement.EnumerateArray().ToList();
        Assert.Equal(ServedSampleInbox.SampleWorkbooks, list.Count);
        Assert.Equal("2026Q3", list[0].GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Null, list[0].GetProperty("city").ValueKind);
        var nanjing = list.Single(w => w.GetProperty("period").GetString() == "2026Q2" && w.GetProperty("city").GetString() == "南京");
        var download = await Client.GetByteArrayAsync(new Uri(nanjing.GetProperty("url").GetString()!, UriKind.Relative));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(served.Folder.Out, nanjing.GetProperty("path").GetString()!)), download);
    }

    [Theory]
    [InlineData("/files/workbooks/..%2F..%2Fdata%2Fsatisfaction.db")]
    [InlineData("/files/workbooks/%2E%2E/%2E%2E/data/satisfaction.db")]
    [InlineData("/files/workbooks/2026Q3/江苏/..%2F..%2F..%2Fdata%2Fhangfire.db")]
    [InlineData("/files/workbooks/2026Q3/%2Fetc%2Fpasswd")]
    [InlineData("/files/reports/999999")]
    public async Task DownloadsServeOnlyFilesTheProductKnows(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, served.Host.BaseUrl + path);
        var response = await Client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
    }

    [Fact]
    public async Task ARerunOfOneCityRewritesThatCityAndNothingElse()
    {
        served.WaitUntilQuiet();
        var before = Times();
        var started = await Client.PostAsJsonAsync(new Uri("/api/reruns", UriKind.Relative), new { period = "2026Q3", city = "南京" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var progress = await Finished(id);
        Assert.Equal("succeeded", progress.GetProperty("state").GetString());
        Assert.Equal(1, progress.GetProperty("total").GetInt32());
        Assert.Equal("2026Q3/江苏/南京/南京_2026Q3_地市报告.xlsx", progress.GetProperty("workbooks")[0].GetProperty("path").GetString());

        var changed = Times().Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => Path.GetRelativePath(served.Folder.Out, t.Key)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, c => Assert.StartsWith("2026Q3/江苏/南京/南京_2026Q3_地市报告", c, StringComparison.Ordinal));
        Assert.Contains("2026Q3/江苏/南京/南京_2026Q3_地市报告.xlsx", changed);
    }

    [Fact]
    public async Task ARerunOfAPeriodWithoutDataEndsEmptyWithTheReason()
    {
        var started = await Client.PostAsJsonAsync(new Uri("/api/reruns", UriKind.Relative), new { period = "2025Q1" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var progress = await Finished(id);
        Assert.Equal("empty", progress.GetProperty("state").GetString());
        Assert.Contains("no data for 2025Q1", progress.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARerunThatIsNotAPeriodIsRefusedWithTheSpellings()
    {
        var refused = await Client.PostAsJsonAsync(new Uri("/api/reruns", UriKind.Relative), new { period = "last quarter" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2026Q3", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARerunFormWithoutItsAntiforgeryTokenIsRefused()
    {
        using var form = new FormUrlEncodedContent([new("period", "2026Q3"), new("city", "南京")]);
        var refused = await Client.PostAsync(new Uri("/api/reruns", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task ARerunPostedAsNeitherJsonNorTheFormIsRefused()
    {
        using var text = new StringContent("{\"period\":\"2026Q3\"}", System.Text.Encoding.UTF8, "text/plain");
        var refused = await Client.PostAsync(new Uri("/api/reruns", UriKind.Relative), text);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
    }

    [Fact]
    public async Task ThePageShowsTheLedgerTheWorkbooksAndTheRerunFormInChinese()
    {
        var page = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<html lang=\"zh-CN\">", page, StringComparison.Ordinal);
        Assert.Contains("收件台账", page, StringComparison.Ordinal);
        Assert.Contains("最新报告", page, StringComparison.Ordinal);
        Assert.Contains("重新生成", page, StringComparison.Ordinal);
        Assert.Contains("09-暗访-2026Q3-盐城-缺日期.csv", page, StringComparison.Ordinal);
        Assert.Contains("江苏_2026Q3_省分报告.xlsx", page, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void TheRerunCommandIsQueuedForTheRunningHostAndWaitsForIt()
    {
        var workbook = Path.Combine(served.Folder.Out, "2026Q3", "江苏", "苏州", "苏州_2026Q3_地市报告.xlsx");
        var before = File.GetLastWriteTimeUtc(workbook);
        var (exit, output, error) = ChildProcess.Run(null, "rerun", "--period", "2026Q3", "--city", "苏州", "--data", served.Folder.Data, "--wait",
            "--outlets", Path.Combine(RunFolder.Samples, "outlets.csv"), "--scheme", Path.Combine(RunFolder.Samples, "scheme.json"));
        Assert.True(exit == 0, output + error);
        Assert.Contains("queued for the running host", output, StringComparison.Ordinal);
        Assert.Contains("1/1", output, StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(workbook) > before);
    }

    private async Task<JsonElement> Finished(string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var progress = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/reruns/" + id, UriKind.Relative));
            if (progress.GetProperty("finished").GetBoolean())
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, progress.ToString());
            await Task.Delay(250);
        }
    }

    private Dictionary<string, DateTime> Times() =>
        served.Folder.OutFiles().Where(f => !f.Contains("/.writing/", StringComparison.Ordinal)).ToDictionary(f => f, File.GetLastWriteTimeUtc);
}
