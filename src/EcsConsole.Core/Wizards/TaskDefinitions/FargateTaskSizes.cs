using System.Globalization;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>
/// The task CPU (units) and memory (MiB) pairs Fargate runs, as AWS documents them: 256 takes 512, 1024 or 2048; 512 takes
/// 1-4 GiB; 1024 2-8 GiB; 2048 4-16 GiB and 4096 8-30 GiB in 1 GiB steps; 8192 16-60 GiB in 4 GiB steps; 16384 32-120 GiB
/// in 8 GiB steps. The wizard offers only these, and checks them before anything is sent.
/// </summary>
public static class FargateTaskSizes
{
    private static readonly IReadOnlyDictionary<int, IReadOnlyList<int>> Pairs = new Dictionary<int, IReadOnlyList<int>>
    {
        [256] = [512, 1024, 2048],
        [512] = Steps(1024, 4096, 1024),
        [1024] = Steps(2048, 8192, 1024),
        [2048] = Steps(4096, 16384, 1024),
        [4096] = Steps(8192, 30720, 1024),
        [8192] = Steps(16384, 61440, 4096),
        [16384] = Steps(32768, 122880, 8192),
    };

    /// <summary>The task CPU values Fargate accepts, smallest first.</summary>
    public static IReadOnlyList<int> Cpus { get; } = [.. Pairs.Keys.Order()];

    /// <summary>The memory sizes Fargate accepts with <paramref name="cpu"/>; empty for a CPU value it does not run.</summary>
    public static IReadOnlyList<int> MemoriesFor(int cpu) => Pairs.TryGetValue(cpu, out var memories) ? memories : [];

    public static bool IsValid(int cpu, int memory) => MemoriesFor(cpu).Contains(memory);

    /// <summary><c>1024</c> → <c>1 vCPU</c>, <c>256</c> → <c>0.25 vCPU</c>.</summary>
    public static string DescribeCpu(int cpu) => string.Create(CultureInfo.InvariantCulture, $"{cpu / 1024m:0.##} vCPU");

    /// <summary><c>512</c> → <c>0.5 GB</c>, <c>30720</c> → <c>30 GB</c>.</summary>
    public static string DescribeMemory(int memory) => string.Create(CultureInfo.InvariantCulture, $"{memory / 1024m:0.##} GB");

    private static int[] Steps(int from, int to, int step) => [.. Enumerable.Range(0, ((to - from) / step) + 1).Select(i => from + (i * step))];
}
