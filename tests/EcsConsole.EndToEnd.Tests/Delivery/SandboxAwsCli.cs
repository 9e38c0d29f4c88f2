using System.Diagnostics;
using System.Text.Json.Nodes;

namespace EcsConsole.EndToEnd.Tests.Delivery;

/// <summary>The real AWS CLI pointed at the app's sandbox, isolated from the machine's own AWS configuration.</summary>
internal sealed class SandboxAwsCli(Uri endpoint)
{
    public async Task<JsonObject> JsonAsync(params string[] arguments)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("The AWS CLI (aws) is not on the PATH; install it (pip install awscli) to run the delivery stories.");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Concat(["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("AWS_SESSION_TOKEN");
        start.Environment.Remove("AWS_PROFILE");
        start.Environment["AWS_ACCESS_KEY_ID"] = "sandbox";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "sandbox-secret";
        start.Environment["AWS_DEFAULT_REGION"] = "eu-west-1";
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        start.Environment["AWS_PAGER"] = "";
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, $"aws {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        return JsonNode.Parse(await output)!.AsObject();
    }

    /// <summary>The documented retag flow: batch-get-image for an existing tag's manifest, then put-image under the new tag.</summary>
    public async Task<string> PutImageAsync(string repository, string fromTag, string newTag)
    {
        var got = await JsonAsync("ecr", "batch-get-image", "--repository-name", repository, "--image-ids", $"imageTag={fromTag}");
        var manifest = got["images"]![0]!["imageManifest"]!.GetValue<string>();
        var put = await JsonAsync("ecr", "put-image", "--repository-name", repository, "--image-tag", newTag, "--image-manifest", manifest);
        return put["image"]!["imageId"]!["imageDigest"]!.GetValue<string>();
    }
}
