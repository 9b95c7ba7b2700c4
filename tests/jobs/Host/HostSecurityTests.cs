using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Listening beyond loopback needs credentials, which then guard the page, the API, the downloads and the dashboard.</summary>
public sealed class HostSecurityTests : IDisposable
{
    private const string Password = "安全的口令 correct horse";
    private const string Token = "a-token-for-scripts-0123456789abcdef";
    private readonly RunFolder _folder = new();

    [Fact]
    public void TheHostRefusesToListenOnAllAddressesWithoutCredentials()
    {
        var port = HostProcess.FreePort();
        var result = ChildProcess.Run(null, [.. HostProcess.ServeArgs(_folder), "--urls", $"http://0.0.0.0:{port}"]);
        Cli.Screen.CouldNotStart(result, "needs credentials");
        Assert.Contains("hash-password", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithCredentialsThePageTheApiTheDownloadsAndTheDashboardAnswer401WithoutThemAnd200WithThem()
    {
        var port = HostProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["SATISFACTION_Host__Users__0__Name"] = "analyst",
            ["SATISFACTION_Host__Users__0__PasswordHash"] = HashPassword(),
            ["SATISFACTION_Host__ApiToken"] = Token,
        };
        _folder.AddVisits("暗访-南京.csv", ("V1", RunFolder.Nanjing, "2026-07-10", 4));
        File.WriteAllText(Path.Combine(_folder.Inbox, "暗访报告.pdf"), "not a table");
        using var host = HostProcess.Start(_folder, environment, $"http://0.0.0.0:{port}", $"http://127.0.0.1:{port}");
        Eventually.True(() => HostLogs.WorkbooksWritten(_folder.Data).Count >= 2, TimeSpan.FromMinutes(2), () => host.Output);

        var user = new AuthenticationHeaderValue("Basic", Basic("analyst", Password));
        using var ledger = await host.Client.SendAsync(Request("/api/ledger", user));
        var quarantined = System.Text.Json.JsonDocument.Parse(await ledger.Content.ReadAsStringAsync()).RootElement.GetProperty("entries")
            .EnumerateArray().Single(e => e.GetProperty("entry").GetProperty("outcome").GetString() == "quarantined");
        var workbook = Path.GetRelativePath(_folder.Out, _folder.ProvinceWorkbook("2026Q3")).Replace('\\', '/');

        foreach (var path in new[] { "/", "/api/ledger", "/api/workbooks", "/hangfire", quarantined.GetProperty("errorReportUrl").GetString()!, "/files/workbooks/" + workbook })
        {
            using var anonymous = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{path} without credentials: {anonymous.StatusCode}");
            Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            using var wrong = await host.Client.SendAsync(Request(path, new AuthenticationHeaderValue("Basic", Basic("analyst", "wrong"))));
            Assert.True(wrong.StatusCode == HttpStatusCode.Unauthorized, $"{path} with a wrong password: {wrong.StatusCode}");
            using var signedIn = await host.Client.SendAsync(Request(path, user));
            Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"{path} as a user: {signedIn.StatusCode}");
            using var script = await host.Client.SendAsync(Request(path, new AuthenticationHeaderValue("Bearer", Token)));
            Assert.True(script.StatusCode == HttpStatusCode.OK, $"{path} with the token: {script.StatusCode}");
        }
    }

    public void Dispose() => _folder.Dispose();

    // The hash the settings hold comes from the program itself, the password through standard input.
    private static string HashPassword()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { ChildProcess.Program, "hash-password", "--user", "analyst" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.WriteLine(Password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n')[0].Trim();
    }

    private static HttpRequestMessage Request(string path, AuthenticationHeaderValue authorization) =>
        new(HttpMethod.Get, new Uri(path, UriKind.Relative)) { Headers = { Authorization = authorization } };

    private static string Basic(string user, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{user}:{password}")));
}
