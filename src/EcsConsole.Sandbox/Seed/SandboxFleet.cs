namespace EcsConsole.Sandbox.Seed;

/// <summary>What an engine is seeded with: nothing, the default account's demo fleet, the second account's platform fleet, or the second region's edge fleet.</summary>
internal enum SandboxFleet
{
    None,
    Demo,
    Platform,
    Edge,
}
