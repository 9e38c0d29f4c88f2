namespace EcsConsole.Core.Connection;

/// <summary>Who and where the console is acting: the mode, the region, and the AWS account when known.</summary>
/// <param name="Account">The account id from STS; null in sandbox mode or when STS failed.</param>
/// <param name="Problem">Why the account could not be read; null when it could.</param>
public sealed record ConnectionIdentity(string ModeLabel, string Region, string? Account, string? Problem)
{
    public bool IsSandbox => ModeLabel == Aws.AwsConnectionSettings.SandboxMode;

    /// <summary>The app bar's words: "Sandbox · eu-west-1" or "123456789012 · eu-west-1".</summary>
    public string Label => IsSandbox ? $"Sandbox · {Region}" : $"{Account ?? ModeLabel} · {Region}";
}
