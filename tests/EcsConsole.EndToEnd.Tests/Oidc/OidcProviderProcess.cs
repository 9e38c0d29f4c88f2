using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace EcsConsole.EndToEnd.Tests.Oidc;

/// <summary>
/// panva's certified <c>oidc-provider</c> (npm), run by node from <c>Oidc/provider</c> on a loopback port. Accounts and
/// their groups live in a JSON file the provider reads on every request, so a test can change them mid-session.
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    public const string ClientId = "ecsconsole";
    public const string ClientSecret = "ecsconsole-test-secret";

    private readonly string _accountsFile;
    private Process? _process;

    private OidcProviderProcess(int port, string accountsFile)
    {
        Port = port;
        _accountsFile = accountsFile;
    }

    public int Port { get; }

    public string Issuer => $"http://127.0.0.1:{Port}";

    /// <summary>A free loopback port, chosen before the app starts because the app must know its authority at build time.</summary>
    public static OidcProviderProcess Reserve(string accountsFile)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new OidcProviderProcess(port, accountsFile);
    }

    public void SetAccounts(IReadOnlyDictionary<string, string[]> groupsByLogin) =>
        File.WriteAllText(_accountsFile, JsonSerializer.Serialize(groupsByLogin));

    /// <summary>Installs the provider's locked dependencies when missing, starts it and waits until it listens.</summary>
    public async Task StartAsync(string redirectUri)
    {
        var directory = ProviderDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "oidc-provider")))
        {
            await RunToEndAsync("npm", "ci --no-audit --no-fund", directory);
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "provider.mjs", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), redirectUri, _accountsFile }) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            output.Enqueue(e.Data);
            if (e.Data.Contains("listening on", StringComparison.Ordinal)) listening.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != listening.Task)
        {
            throw new InvalidOperationException($"oidc-provider did not start on port {Port}:\n{string.Join('\n', output)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static async Task RunToEndAsync(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed in {directory}: {await error}");
    }

    private static string ProviderDirectory() =>
        Path.Combine(Path.GetDirectoryName(InProcessAppFixture.WebProjectDirectory())!, "..", "tests", "EcsConsole.EndToEnd.Tests", "Oidc", "provider");
}
