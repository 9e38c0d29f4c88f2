namespace EcsConsole.Web.Configuration;

/// <summary>What the host decided at start: talk to AWS, or start the embedded sandbox; and why, for the log.</summary>
public sealed record ConnectionModeDecision(bool UseSandbox, string Reason);
