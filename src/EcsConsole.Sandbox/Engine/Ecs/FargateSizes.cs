namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>The task CPU and memory combinations Fargate accepts (CPU units, MiB).</summary>
public static class FargateSizes
{
    private static readonly (int Cpu, int MinMemory, int MaxMemory, int Step)[] Ranges =
    [
        (256, 512, 2048, 512),
        (512, 1024, 4096, 1024),
        (1024, 2048, 8192, 1024),
        (2048, 4096, 16384, 1024),
        (4096, 8192, 30720, 1024),
        (8192, 16384, 61440, 4096),
        (16384, 32768, 122880, 8192),
    ];

    public static bool IsValid(int cpu, int memory)
    {
        if (cpu == 256 && memory == 512)
        {
            return true;
        }

        return Ranges.Any(r => r.Cpu == cpu && memory >= r.MinMemory && memory <= r.MaxMemory && (memory - r.MinMemory) % r.Step == 0);
    }
}
