using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Iam;

namespace EcsConsole.Sandbox.Persistence;

/// <summary>What the state files of an earlier run kept: an engine state per account and region, an IAM per account.</summary>
internal sealed class SandboxRestore
{
    public Dictionary<(string Account, string Region), SandboxState> States { get; } = [];

    public Dictionary<string, IamAccountContent> Iam { get; } = new(StringComparer.Ordinal);

    public SandboxState? StateOf(string accountId, string region) => States.GetValueOrDefault((accountId, region));
}
