namespace EcsConsole.Sandbox.Seed;

/// <summary>What an engine is seeded with: nothing, the default account's demo fleet, or the second account's platform fleet.</summary>
internal enum SandboxFleet
{
    None,
    Demo,
    Platform,
}
