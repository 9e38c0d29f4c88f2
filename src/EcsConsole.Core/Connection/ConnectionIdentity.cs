namespace EcsConsole.Core.Connection;

/// <summary>Who and where the console is acting: the mode, the region, and the AWS account when known.</summary>
/// <param name="Account">The account id from STS; null in sandbox mode or when STS failed.</param>
/// <param name="Problem">Why the account could not be read; null when it could.</param>
/// <param name="Headline">A few words for the app bar when the credentials themselves failed ("No AWS credentials").</param>
public sealed record ConnectionIdentity(string ModeLabel, string Region, string? Account, string? Problem, string? Headline = null)
{
    public bool IsSandbox => ModeLabel == Aws.AwsConnectionSettings.SandboxMode;

    /// <summary>The app bar's words: "Sandbox · eu-west-1", "123456789012 · eu-west-1" or "No AWS credentials · eu-west-1".</summary>
    public string Label => IsSandbox ? $"Sandbox · {Region}" : $"{Account ?? Headline ?? ModeLabel} · {Region}";
}
