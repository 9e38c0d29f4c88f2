using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The console run as its own process (<c>dotnet EcsConsole.Web.dll</c>), pointed at an AWS-compatible endpoint through
/// the standard environment, so a test can give it exactly an operator's settings, or kill it as a crash would.
/// </summary>
internal sealed class ConsoleProcess : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private readonly Process _process;

    private ConsoleProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public static async Task<ConsoleProcess> StartAsync(string endpointUrl, string storeDirectory, params string[] extraArguments)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var webDirectory = InProcessAppFixture.WebProjectDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
                 [
                     Path.Combine(AppContext.BaseDirectory, "EcsConsole.Web.dll"), $"--urls={baseUrl}", $"--contentRoot={webDirectory}",
                     "--Monitor:PollInterval=00:00:01", .. SignInHelper.AppArgs(storeDirectory), .. extraArguments,
                 ])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Aws__Mode"] = "Auto";
        start.Environment["AWS_ENDPOINT_URL"] = endpointUrl;
        start.Environment["AWS_ACCESS_KEY_ID"] = "external-test-key";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "external-test-secret";
        start.Environment["AWS_REGION"] = "eu-west-1";
        start.Environment.Remove("AWS_PROFILE");
        // Were the app to start its own sandbox anyway, it would fail loudly on this port rather than pass unnoticed.
        start.Environment["Sandbox__Url"] = "http://127.0.0.1:1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var console = new ConsoleProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => console.Append(e.Data);
        process.ErrorDataReceived += (_, e) => console.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await console.WaitForHealthyAsync();
        return console;
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown hooks, no flushing — a crash.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitForHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The console did not become healthy at {BaseUrl}. Its output:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
