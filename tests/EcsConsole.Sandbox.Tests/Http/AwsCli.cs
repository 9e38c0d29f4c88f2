using System.Diagnostics;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>Runs the real AWS CLI against a sandbox, isolated from the machine's own AWS configuration.</summary>
internal sealed class AwsCli(Uri endpoint, string accessKeyId, string secretAccessKey, string? sessionToken = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string? ExecutablePath { get; } = Find();

    public async Task<JsonObject> JsonAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await RunAsync(arguments);
        Assert.True(exitCode == 0, $"aws {string.Join(' ', arguments)} failed ({exitCode}): {error}");
        return JsonNode.Parse(output)!.AsObject();
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("AWS_SESSION_TOKEN");
        if (sessionToken is not null)
        {
            start.Environment["AWS_SESSION_TOKEN"] = sessionToken;
        }

        start.Environment.Remove("AWS_PROFILE");
        start.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = "eu-west-1";
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        start.Environment["AWS_PAGER"] = "";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aws {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .FirstOrDefault(File.Exists);
}
