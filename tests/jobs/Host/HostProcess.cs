using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>
/// A real <c>satisfaction serve</c> in a child process on a free loopback port, with its output kept; stopped
/// the way a service manager stops it (SIGTERM), killed only if it will not stop.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts a host on the folder's inbox, data and out folders and waits until its page answers.</summary>
    public static HostProcess Start(RunFolder folder, IReadOnlyDictionary<string, string>? environment = null, string? urls = null, string? probeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var port = FreePort();
        urls ??= string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var process = ChildProcess.Start(environment, [.. ServeArgs(folder), "--urls", urls]);
        var host = new HostProcess(process, probeUrl ?? urls);
        host.WaitUntilAnswering();
        return host;
    }

    /// <summary>Starts a host with the given <c>serve</c> arguments (folders, inputs, store) on a free loopback port.</summary>
    public static HostProcess Start(IReadOnlyList<string> serveArgs, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(serveArgs);
        var urls = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}");
        var process = ChildProcess.Start(environment, [.. serveArgs, "--urls", urls]);
        var host = new HostProcess(process, urls);
        host.WaitUntilAnswering();
        return host;
    }

    public static string[] ServeArgs(RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return ["serve", "--inbox", folder.Inbox, "--data", folder.Data, "--out", folder.Out, "--stable-seconds", "1",
            "--outlets", Path.Combine(RunFolder.Samples, "outlets.csv"), "--scheme", Path.Combine(RunFolder.Samples, "scheme.json")];
    }

    /// <summary>Sends SIGTERM, as systemd or Docker stop a service, and waits for the host to exit.</summary>
    public int Terminate(TimeSpan? patience = null)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(patience ?? TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("the host did not stop after SIGTERM:\n" + Output);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the host outright (SIGKILL, as a power cut or the OOM killer would): nothing of it runs after this.</summary>
    public void KillOutright()
    {
        using (var kill = Process.Start("kill", ["-KILL", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Terminate(TimeSpan.FromSeconds(40));
            }
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            Client.Dispose();
            _process.Dispose();
        }
    }

    private void WaitUntilAnswering()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        using var probe = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = probe.GetAsync(new Uri("/api/workbooks", UriKind.Relative)).GetAwaiter().GetResult();
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            Thread.Sleep(250);
        }

        throw new TimeoutException("the host did not answer within 90 s:\n" + Output);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
