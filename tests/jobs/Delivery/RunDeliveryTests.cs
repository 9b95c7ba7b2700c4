using System.Text.Json;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary><c>run</c> and <c>rerun</c> deliver inline, through a real SMTP server in the test process and real office folders.</summary>
public sealed class RunDeliveryTests : IDisposable
{
    private readonly RunFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();

    private string ProvinceFolder => Path.Combine(_folder.Root, "offices", "jiangsu");

    private string NanjingFolder => Path.Combine(_folder.Root, "offices", "nanjing");

    [Fact]
    public void ARunDeliversEachWorkbookToItsOfficesAndARefusedMailIsListedWithoutChangingTheExitCode()
    {
        var environment = Setup();
        _smtp.Refuse("suzhou@example.cn", 1);

        var (exit, output, error) = ChildProcess.Run(environment, _folder.RunArgs());

        Assert.True(exit == 0, output + error);
        Assert.Contains("deliveries: 4 delivered, 1 failed, 0 not sent again", output, StringComparison.Ordinal);
        Assert.Contains("satisfaction rerun --period 2026Q3 --city 苏州", output, StringComparison.Ordinal);
        var province = _folder.ProvinceWorkbook("2026Q3");
        var nanjing = Path.Combine(_folder.Out, "2026Q3", "江苏", "南京", "南京_2026Q3_地市报告.xlsx");
        Assert.Equal(Sha.OfFile(province), Sha.OfFile(Path.Combine(ProvinceFolder, "江苏_2026Q3_省分报告.xlsx")));
        Assert.Equal(Sha.OfFile(nanjing), Sha.OfFile(Path.Combine(NanjingFolder, "南京_2026Q3_地市报告.xlsx")));
        Assert.Equal(["江苏_2026Q3_省分报告.xlsx"], Directory.GetFiles(ProvinceFolder).Select(Path.GetFileName));

        var messages = _smtp.Messages;
        Assert.Equal(2, messages.Count);
        var toProvince = messages.Single(m => m.To.Mailboxes.Single().Address == "jiangsu@example.cn");
        Assert.Equal("江苏 2026Q3 营业厅服务评价省分报告", toProvince.Subject);
        Assert.Equal("江苏_2026Q3_省分报告.xlsx", Sha.AttachmentName(toProvince));
        Assert.Equal(Sha.OfFile(province), Sha.Of(Sha.Attachment(toProvince)));
        var toNanjing = messages.Single(m => m.To.Mailboxes.Single().Address == "nanjing@example.cn");
        Assert.Equal("江苏南京 2026Q3 营业厅服务评价地市报告", toNanjing.Subject);
        Assert.Equal(Sha.OfFile(nanjing), Sha.Of(Sha.Attachment(toNanjing)));
        Assert.Contains("暗访得分：", toNanjing.TextBody, StringComparison.Ordinal);
        Assert.Contains("排名：全省 2 个地市中第", toNanjing.TextBody, StringComparison.Ordinal);
        Assert.Contains("满意度得分", toNanjing.TextBody, StringComparison.Ordinal);
        Assert.Equal("满意度报告", toNanjing.From.Mailboxes.Single().Name);

        var attempts = Deliveries(environment);
        Assert.Equal(5, attempts.Count);
        var failed = attempts.Single(a => a.GetProperty("outcome").GetString() == "failed");
        Assert.Equal("江苏/苏州", failed.GetProperty("office").GetString());
        Assert.Equal("mail", failed.GetProperty("channel").GetString());
        Assert.Contains("refused by the test server", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(attempts.Where(a => a.GetProperty("outcome").GetString() == "delivered"), a =>
            Assert.Equal(Sha.OfFile(Path.Combine(_folder.Out, a.GetProperty("workbook").GetString()!)), a.GetProperty("sha256").GetString()));
    }

    [Fact]
    public void ARerunWritingTheSameContentDeliversOnlyWhatHadFailed()
    {
        var environment = Setup();
        _smtp.Refuse("suzhou@example.cn", 1);
        Assert.Equal(0, ChildProcess.Run(environment, _folder.RunArgs()).ExitCode);
        var before = Sha.OfFile(_folder.ProvinceWorkbook("2026Q3"));
        var deliveredBefore = File.GetLastWriteTimeUtc(Path.Combine(ProvinceFolder, "江苏_2026Q3_省分报告.xlsx"));

        var (exit, output, error) = ChildProcess.Run(environment, _folder.RerunArgs("2026Q3"));

        Assert.True(exit == 0, output + error);
        Assert.Contains("deliveries: 1 delivered, 0 failed, 4 not sent again", output, StringComparison.Ordinal);

        // The workbook's bytes differ from one write to the next (times, random ids); what it shows does not.
        Assert.NotEqual(before, Sha.OfFile(_folder.ProvinceWorkbook("2026Q3")));
        Assert.Equal(deliveredBefore, File.GetLastWriteTimeUtc(Path.Combine(ProvinceFolder, "江苏_2026Q3_省分报告.xlsx")));
        Assert.Equal(3, _smtp.Messages.Count);
        Assert.Single(_smtp.Messages, m => m.To.Mailboxes.Single().Address == "suzhou@example.cn");
        var attempts = Deliveries(environment);
        Assert.Equal(6, attempts.Count);
        Assert.Equal("delivered", attempts[0].GetProperty("outcome").GetString());
        Assert.Equal("江苏/苏州", attempts[0].GetProperty("office").GetString());

        var (_, text, _) = ChildProcess.Run(environment, "status", "--deliveries", "--data", _folder.Data);
        Assert.Contains("FAILED", text, StringComparison.Ordinal);
        Assert.Contains("6 attempt(s): 5 delivered, 1 failed", text, StringComparison.Ordinal);
        Assert.Contains("江苏/苏州", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACopyKilledHalfWayLeavesNoHalfWorkbookUnderTheOfficesNamesAndTheNextRunDeliversIt()
    {
        var environment = new OfficeEnvironment().Add("江苏", "南京", Directory.CreateDirectory(NanjingFolder).FullName).With(null);
        _folder.AddVisits("01-暗访-2026Q3.csv", ("V1", RunFolder.Nanjing, "2026-08-01", 3), ("V2", RunFolder.Suzhou, "2026-08-02", 4));
        environment["SATISFACTION_CRASH_AT"] = "delivery-copy";

        var killed = ChildProcess.Run(environment, _folder.RunArgs());

        Assert.NotEqual(0, killed.ExitCode);
        Assert.DoesNotContain(Directory.GetFiles(NanjingFolder).Select(Path.GetFileName), n => !n!.StartsWith('.'));
        var half = Assert.Single(Directory.GetFiles(NanjingFolder));
        Assert.StartsWith(".satisfaction-delivery-", Path.GetFileName(half), StringComparison.Ordinal);

        environment.Remove("SATISFACTION_CRASH_AT");
        var (exit, output, error) = ChildProcess.Run(environment, _folder.RunArgs());

        Assert.True(exit == 0, output + error);
        Assert.Contains("deliveries: 1 delivered", output, StringComparison.Ordinal);
        var delivered = Assert.Single(Directory.GetFiles(NanjingFolder));
        Assert.Equal("南京_2026Q3_地市报告.xlsx", Path.GetFileName(delivered));
        Assert.Equal(Sha.OfFile(Path.Combine(_folder.Out, "2026Q3", "江苏", "南京", "南京_2026Q3_地市报告.xlsx")), Sha.OfFile(delivered));
    }

    [Fact]
    public void BadDeliverySettingsStopTheRunBeforeAnyWorkNamingEachSetting()
    {
        var environment = new OfficeEnvironment()
            .Add("江苏", "不存在的市", "offices/relative", "nanjing@example.cn")
            .Add("江苏", "南京", Path.Combine(_folder.Root, "missing"), "not an address")
            .With(new Dictionary<string, string> { ["SATISFACTION_Delivery__Smtp__Port"] = "70000", ["SATISFACTION_Delivery__Smtp__Tls"] = "tls1", ["SATISFACTION_Delivery__Smtp__Host"] = "127.0.0.1" });
        var file = _folder.AddVisits("01-暗访-2026Q3.csv", ("V1", RunFolder.Nanjing, "2026-08-01", 3));

        var (exit, output, error) = ChildProcess.Run(environment, _folder.RunArgs());

        Assert.True(exit == 2, output + error);
        foreach (var path in new[] { "Delivery:Offices:0:City", "Delivery:Offices:0:Folder", "Delivery:Offices:1:Folder", "Delivery:Offices:1:Recipients:0", "Delivery:Smtp:Port", "Delivery:Smtp:Tls", "Delivery:Smtp:From" })
        {
            Assert.Contains(path, error, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(file));
        Assert.False(File.Exists(Path.Combine(_folder.Data, "satisfaction.db")));
    }

    [Fact]
    public void ServeRefusesBadDeliverySettingsBeforeListening()
    {
        var environment = new OfficeEnvironment().Add("江苏", "南径", Directory.CreateDirectory(NanjingFolder).FullName).With(null);
        var port = Host.HostProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, output, error) = ChildProcess.Run(environment, [.. Host.HostProcess.ServeArgs(_folder), "--urls", "http://127.0.0.1:" + port]);

        Assert.True(exit == 2, output + error);
        Assert.Contains("invalid settings: Delivery:Offices:0:City: '南径' is not a city of 江苏", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _folder.Dispose();
    }

    // 江苏 (folder and mail), 南京 (folder and mail), 苏州 (mail only); one file of visits to 南京 and 苏州.
    private Dictionary<string, string> Setup()
    {
        var environment = new OfficeEnvironment()
            .Add("江苏", null, Directory.CreateDirectory(ProvinceFolder).FullName, "江苏省公司 <jiangsu@example.cn>")
            .Add("江苏", "南京", Directory.CreateDirectory(NanjingFolder).FullName, "nanjing@example.cn")
            .Add("江苏", "苏州", null, "suzhou@example.cn")
            .With(_smtp.Environment());
        _folder.AddVisits("01-暗访-2026Q3.csv", ("V1", RunFolder.Nanjing, "2026-08-01", 3), ("V2", RunFolder.Suzhou, "2026-08-02", 4));
        return environment;
    }

    private List<JsonElement> Deliveries(IReadOnlyDictionary<string, string> environment)
    {
        var (exit, output, error) = ChildProcess.Run(environment, "status", "--deliveries", "--json", "--data", _folder.Data);
        Assert.True(exit == 0, output + error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
