using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Satisfaction.Jobs.Tests.Host;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>The host's delivery jobs, against the real SMTP server in the test process and real office folders.</summary>
[Collection(SharedDeliveryHost.Name)]
public sealed class HostDeliveryTests(ServedDeliveries served)
{
    [Fact]
    public void EachOfficeGetsOneMessagePerWorkbookWithTheWorkbooksExactBytes()
    {
        var messages = served.Smtp.Messages;
        Assert.Equal(ServedDeliveries.Messages, messages.Count);
        var byOffice = messages.GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Select(Sha.AttachmentName).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["江苏_2026Q2_省分报告.xlsx", "江苏_2026Q3_省分报告.xlsx"], byOffice["jiangsu@example.cn"]);
        Assert.Equal(["南京_2026Q2_地市报告.xlsx", "南京_2026Q3_地市报告.xlsx"], byOffice["nanjing@example.cn"]);
        Assert.Equal(["苏州_2026Q2_地市报告.xlsx", "苏州_2026Q3_地市报告.xlsx"], byOffice["suzhou@example.cn"]);

        var sent = served.Attempts().Where(a => a.GetProperty("outcome").GetString() == "delivered" && a.GetProperty("channel").GetString() == "mail").ToList();
        foreach (var message in messages)
        {
            var attempt = sent.Single(a => Path.GetFileName(a.GetProperty("workbook").GetString()) == Sha.AttachmentName(message) && a.GetProperty("target").GetString() == message.To.Mailboxes.Single().Address);
            Assert.Equal(attempt.GetProperty("sha256").GetString(), Sha.Of(Sha.Attachment(message)));
            Assert.Contains(attempt.GetProperty("period").GetString()!, message.Subject, StringComparison.Ordinal);
            Assert.Contains("暗访得分", message.TextBody, StringComparison.Ordinal);
        }

        var q3 = messages.Single(m => Sha.AttachmentName(m) == "南京_2026Q3_地市报告.xlsx");
        Assert.Equal("江苏南京 2026Q3 营业厅服务评价地市报告", q3.Subject);
        Assert.Contains("排名：全省 13 个地市中第", q3.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOfficeFoldersHoldTheWorkbooksAndNoHiddenCopies()
    {
        Assert.Equal(["江苏_2026Q2_省分报告.xlsx", "江苏_2026Q3_省分报告.xlsx"], Directory.GetFiles(served.ProvinceFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["南京_2026Q2_地市报告.xlsx", "南京_2026Q3_地市报告.xlsx"], Directory.GetFiles(served.NanjingFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var copied = served.Attempts().Where(a => a.GetProperty("channel").GetString() == "folder" && a.GetProperty("outcome").GetString() == "delivered").ToList();
        Assert.Equal(4, copied.Count);
        Assert.All(copied, a => Assert.Equal(a.GetProperty("sha256").GetString(), Sha.OfFile(a.GetProperty("target").GetString()!)));
    }

    [Fact]
    public void ARefusingServerIsRetriedAndAFailingFolderHoldsBackNoOtherOffice()
    {
        var attempts = served.Attempts();
        Assert.Equal(2, served.Smtp.Refused);
        var suzhou = attempts.Where(a => a.GetProperty("office").GetString() == "江苏/苏州").ToList();
        Assert.Equal(2, suzhou.Count(a => a.GetProperty("outcome").GetString() == "failed"));
        Assert.Equal(2, suzhou.Count(a => a.GetProperty("outcome").GetString() == "delivered"));
        Assert.Contains(suzhou, a => a.GetProperty("outcome").GetString() == "delivered" && a.GetProperty("attempt").GetInt32() > 1);

        var wuxi = attempts.Where(a => a.GetProperty("office").GetString() == "江苏/无锡").ToList();
        // Each of its two workbooks tried once and retried twice (a rerun in another test may add attempts).
        Assert.Equal(2, wuxi.Select(a => a.GetProperty("workbook").GetString()).Distinct().Count());
        Assert.All(wuxi.GroupBy(a => a.GetProperty("workbook").GetString()), g => Assert.True(g.Count() >= ServedDeliveries.AttemptsEach, g.Key));
        Assert.All(wuxi, a => Assert.Equal("failed", a.GetProperty("outcome").GetString()));
        Assert.All(wuxi, a => Assert.Contains("does not exist", a.GetProperty("error").GetString(), StringComparison.Ordinal));
        Assert.Equal([1, 2, 3], wuxi.Select(a => a.GetProperty("attempt").GetInt32()).Distinct().Order());
    }

    [Fact]
    public async Task ThePageAndStatusShowTheDeliveriesAndTheFailures()
    {
        var page = await served.Host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<section id=\"deliveries\"><h2>报告投递</h2>", page, StringComparison.Ordinal);
        Assert.Contains("江苏/无锡", page, StringComparison.Ordinal);
        Assert.Contains("does not exist", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"delivered\">", page, StringComparison.Ordinal);
        Assert.Contains("nanjing@example.cn", page, StringComparison.Ordinal);

        var (exit, output, error) = ChildProcess.Run(served.Environment, "status", "--deliveries", "--data", served.Folder.Data);
        Assert.True(exit == 0, output + error);
        Assert.Contains("FAILED", output, StringComparison.Ordinal);
        Assert.Contains("江苏/无锡", output, StringComparison.Ordinal);
        Assert.Contains("delivered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARerunThatWritesTheSameContentDeliversNothingNew()
    {
        var before = served.Smtp.Messages.Count;
        var started = await served.Host.Client.PostAsJsonAsync(new Uri("/api/reruns", UriKind.Relative), new { period = "2026Q3" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        // 2026Q3's deliveries already made: 江苏 folder and mail, 南京 folder and mail, 苏州 mail.
        Eventually.True(
            () => HostLogs.Entries(served.Folder.Data).Count(e => HostLogs.Template(e)?.StartsWith("Not delivered again", StringComparison.Ordinal) == true && HostLogs.Property(e, "Workbook")!.StartsWith("2026Q3", StringComparison.Ordinal)) >= 5,
            TimeSpan.FromMinutes(2),
            () => served.Host.Output);
        Assert.Equal(before, served.Smtp.Messages.Count);
        Assert.Equal(JsonValueKind.Array, served.Deliveries().GetProperty("attempts").ValueKind);
    }
}
