using Microsoft.Playwright;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>
/// The analysts' page in a real browser: Debian's Chromium driven by Playwright (no browser is downloaded).
/// The screenshot the README shows is taken here.
/// </summary>
[Collection(SharedSampleHost.Name)]
public sealed class AnalystPageBrowserTests(ServedSampleInbox served)
{
    public const string Chromium = "/usr/bin/chromium";

    // The machine's network is closed: without these Chromium keeps trying to reach Google's services.
    private static readonly string[] Quiet =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    ];

    [Fact]
    public async Task AnAnalystRerunsOneCitySeesItFinishAndDownloadsAnErrorReport()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: run scripts/setup-test-services as root");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var profile = Directory.CreateTempSubdirectory("satisfaction-chromium").FullName;
        using var playwright = await Playwright.CreateAsync();
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Quiet,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Host.BaseUrl + "/");
        Assert.Equal("营业厅服务暗访与满意度 · 分析工作台", await page.TextContentAsync("h1"));

        await page.FillAsync("#period", "2026Q3");
        await page.FillAsync("#city", "无锡");
        await page.ClickAsync("#rerun-submit");
        await page.WaitForSelectorAsync("#rerun-state.succeeded", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.Equal("已完成", await page.TextContentAsync("#rerun-state"));
        Assert.Contains("无锡", await page.TextContentAsync("#rerun-workbooks"), StringComparison.Ordinal);
        Assert.Contains("?rerun=", page.Url, StringComparison.Ordinal);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(), FullPage = true });

        var row = page.Locator("#ledger tr", new PageLocatorOptions { HasText = "09-暗访-2026Q3-盐城-缺日期.csv" });
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByText("下载").ClickAsync());
        var saved = Path.Combine(profile, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.EndsWith(".report.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(saved))[..2]);
    }

    // Into the repository's docs/images, where the README shows it.
    private static string Screenshot()
    {
        var docs = Path.Combine(Path.GetDirectoryName(RunFolder.Samples)!, "docs", "images");
        Directory.CreateDirectory(docs);
        return Path.Combine(docs, "analyst-page.png");
    }
}
