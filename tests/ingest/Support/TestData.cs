using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Ingest.Tests.Support;

/// <summary>The shipped default scheme and a small outlet master for pipeline tests.</summary>
public static class TestData
{
    private static readonly Lazy<ScoringScheme> DefaultScheme = new(() => SchemeLoader.Load(SamplePath("scheme.json")));

    public static ScoringScheme Scheme => DefaultScheme.Value;

    public static OutletMaster Outlets { get; } = new(
    [
        new Outlet("江苏", "南京", "0250101", "南京新街口营业厅", ["新街口厅"], "旗舰店"),
        new Outlet("江苏", "南京", "0250102", "南京鼓楼营业厅", [], "标准店"),
        new Outlet("江苏", "苏州", "0512001", "苏州观前街营业厅", ["观前厅"], "旗舰店"),
        new Outlet("江苏", "无锡", "0510001", "无锡中山路营业厅", [], "标准店"),
    ]);

    /// <summary>A file of data-samples/, found upwards from the test's folder.</summary>

    /// <summary>A file of data-samples/.</summary>
    public static string SamplePath(string name) => Satisfaction.Tests.Shared.SampleFiles.Path(name);
}
