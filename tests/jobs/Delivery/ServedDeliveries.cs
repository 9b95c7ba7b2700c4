using System.Text.Json;
using Satisfaction.Jobs.Tests.Host;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>
/// A host with four offices — 江苏 (folder and mail), 南京 (folder and mail), 苏州 (mail, refused twice by the
/// server) and 无锡 (a folder gone after the start, as an unmounted share or a dead disk) — the real SMTP
/// server in the test process, and the sample inbox dropped in; ready once every delivery has settled.
/// </summary>
public sealed class ServedDeliveries : IDisposable
{
    /// <summary>江苏, 南京 and 苏州 each get one message per period (2026Q2, 2026Q3).</summary>
    public const int Messages = 6;

    /// <summary>Attempts per delivery: the first and two retries (Host:RetryDelays 1,1).</summary>
    public const int AttemptsEach = 3;

    public ServedDeliveries()
    {
        Folder = new RunFolder();
        Smtp = new TestSmtpServer();
        Smtp.Refuse("suzhou@example.cn", 2);
        ProvinceFolder = Directory.CreateDirectory(Path.Combine(Folder.Root, "offices", "jiangsu")).FullName;
        NanjingFolder = Directory.CreateDirectory(Path.Combine(Folder.Root, "offices", "nanjing")).FullName;
        var wuxi = Directory.CreateDirectory(Path.Combine(Folder.Root, "offices", "wuxi")).FullName;
        Environment = new OfficeEnvironment()
            .Add("江苏", null, ProvinceFolder, "jiangsu@example.cn")
            .Add("江苏", "南京", NanjingFolder, "nanjing@example.cn")
            .Add("江苏", "苏州", null, "suzhou@example.cn")
            .Add("江苏", "无锡", wuxi)
            .With(Smtp.Environment());
        Environment["SATISFACTION_Host__RetryDelays"] = "1,1";
        Host = HostProcess.Start(Folder, Environment);
        Directory.Delete(wuxi);
        SampleDrop.Into(Folder.Inbox);
        Eventually.True(
            () => Smtp.Messages.Count >= Messages && Attempted("江苏/无锡") >= 2 * AttemptsEach,
            TimeSpan.FromMinutes(4),
            () => $"{Smtp.Messages.Count} messages, {Attempted("江苏/无锡")} attempts for 无锡\n{Host.Output}");
    }

    public RunFolder Folder { get; }

    public TestSmtpServer Smtp { get; }

    public HostProcess Host { get; }

    public Dictionary<string, string> Environment { get; }

    public string ProvinceFolder { get; }

    public string NanjingFolder { get; }

    public IReadOnlyList<JsonElement> Attempts() => Deliveries().GetProperty("attempts").EnumerateArray().Select(e => e.Clone()).ToList();

    public JsonElement Deliveries()
    {
        using var document = JsonDocument.Parse(Host.Client.GetStringAsync(new Uri("/api/deliveries?limit=1000", UriKind.Relative)).GetAwaiter().GetResult());
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        Host.Dispose();
        Smtp.Dispose();
        Folder.Dispose();
    }

    private int Attempted(string office) => Attempts().Count(a => a.GetProperty("office").GetString() == office);
}

[CollectionDefinition(Name)]
public sealed class SharedDeliveryHost : ICollectionFixture<ServedDeliveries>
{
    public const string Name = "a host delivering the sample inbox's workbooks";
}
