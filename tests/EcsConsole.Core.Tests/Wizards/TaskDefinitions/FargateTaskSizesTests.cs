using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

public sealed class FargateTaskSizesTests
{
    [Fact]
    public void Cpus_Table_AreTheSevenFargateSizes() =>
        Assert.Equal([256, 512, 1024, 2048, 4096, 8192, 16384], FargateTaskSizes.Cpus);

    [Fact]
    public void MemoriesFor_QuarterVcpu_OffersHalfOneAndTwoGb() =>
        Assert.Equal([512, 1024, 2048], FargateTaskSizes.MemoriesFor(256));

    [Theory]
    [InlineData(512, 1024, 4096, 4)]
    [InlineData(1024, 2048, 8192, 7)]
    [InlineData(2048, 4096, 16384, 13)]
    [InlineData(4096, 8192, 30720, 23)]
    [InlineData(8192, 16384, 61440, 12)]
    [InlineData(16384, 32768, 122880, 12)]
    public void MemoriesFor_Cpu_SpansTheDocumentedRangeInItsSteps(int cpu, int first, int last, int count)
    {
        var memories = FargateTaskSizes.MemoriesFor(cpu);

        Assert.Equal(first, memories[0]);
        Assert.Equal(last, memories[^1]);
        Assert.Equal(count, memories.Count);
    }

    [Theory]
    [InlineData(256, 4096)]
    [InlineData(512, 512)]
    [InlineData(8192, 18432)]
    [InlineData(16384, 36864)]
    [InlineData(128, 512)]
    public void IsValid_PairFargateRefuses_IsFalse(int cpu, int memory) => Assert.False(FargateTaskSizes.IsValid(cpu, memory));

    [Theory]
    [InlineData(256, 2048)]
    [InlineData(4096, 30720)]
    [InlineData(8192, 20480)]
    [InlineData(16384, 40960)]
    public void IsValid_DocumentedPair_IsTrue(int cpu, int memory) => Assert.True(FargateTaskSizes.IsValid(cpu, memory));

    [Fact]
    public void Describe_Sizes_ReadAsVcpuAndGb()
    {
        Assert.Equal("0.25 vCPU", FargateTaskSizes.DescribeCpu(256));
        Assert.Equal("30 GB", FargateTaskSizes.DescribeMemory(30720));
    }
}
