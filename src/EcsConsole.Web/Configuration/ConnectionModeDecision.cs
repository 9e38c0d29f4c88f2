namespace EcsConsole.Web.Configuration;

/// <summary>What the host decided at start: talk to AWS, or start the embedded sandbox; and why, for the log.</summary>
/// <param name="NoAwsConfiguration">
/// True when the console starts on AWS although nothing configures AWS credentials; the app bar then says
/// "No AWS credentials" instead of an SDK chain error.
/// </param>
public sealed record ConnectionModeDecision(bool UseSandbox, string Reason, bool NoAwsConfiguration = false);
