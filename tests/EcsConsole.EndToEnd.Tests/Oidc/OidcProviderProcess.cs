using System.Collections.Concurrent;
using System.ComponentModel;
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

    /// <summary>What CI runs before <c>dotnet test</c>; the same as the fallback below, from the lock file.</summary>
    public const string InstallCommand = "npm ci --prefix tests/EcsConsole.EndToEnd.Tests/Oidc/provider";

    private const string EventPrefix = "event ";

    private readonly string _accountsFile;
    private readonly ConcurrentQueue<string> _output = new();
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

    /// <summary>What the provider accepted, in order: <c>authorization</c> (its parameters, PKCE included) and <c>grant</c> events.</summary>
    public IReadOnlyList<JsonElement> Events =>
        _output.Where(line => line.StartsWith(EventPrefix, StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line[EventPrefix.Length..]).RootElement)
            .ToList();

    /// <summary>The provider's own output so far, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

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
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Single sign-on tests need Node.js 20 or later on the PATH to run the OpenID provider (node: {ex.Message}).", ex);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            _output.Enqueue(e.Data);
            if (e.Data.Contains("listening on", StringComparison.Ordinal)) listening.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != listening.Task)
        {
            throw new InvalidOperationException($"oidc-provider did not start on port {Port}:\n{Output}");
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
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException($"{file} did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"The OpenID provider's packages are not installed and {file} is not available to install them ({ex.Message}); run `{InstallCommand}` first.", ex);
        }

        using var _ = process;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed in {directory} (CI runs `{InstallCommand}` before the tests): {await error}");
    }

    private static string ProviderDirectory() =>
        Path.GetFullPath(Path.Combine(InProcessAppFixture.WebProjectDirectory(), "..", "..", "tests", "EcsConsole.EndToEnd.Tests", "Oidc", "provider"));
}
