namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>
/// The instance types the sandbox launches, with what the ECS agent registers for each: all vCPUs as CPU units, and the
/// memory left after the operating system and agent (what ECS reports as registered MEMORY on the ECS-optimised AMI).
/// </summary>
public static class Ec2InstanceTypes
{
    private static readonly Dictionary<string, (int Cpu, int Memory)> Sizes = new(StringComparer.Ordinal)
    {
        ["t3.micro"] = (2048, 943),
        ["t3.small"] = (2048, 1939),
        ["t3.medium"] = (2048, 3904),
        ["t3.large"] = (2048, 7854),
        ["t3.xlarge"] = (4096, 15738),
        ["t4g.medium"] = (2048, 3904),
        ["t4g.large"] = (2048, 7854),
        ["m5.large"] = (2048, 7681),
        ["m5.xlarge"] = (4096, 15576),
        ["m5.2xlarge"] = (8192, 31403),
        ["m6i.large"] = (2048, 7681),
        ["m6i.xlarge"] = (4096, 15576),
        ["m6g.large"] = (2048, 7681),
        ["m6g.xlarge"] = (4096, 15576),
        ["m7g.large"] = (2048, 7681),
        ["c5.large"] = (2048, 3704),
        ["c5.xlarge"] = (4096, 7502),
        ["c5.2xlarge"] = (8192, 15563),
        ["c6g.large"] = (2048, 3704),
        ["c6i.large"] = (2048, 3704),
        ["r5.large"] = (2048, 15578),
    };

    public static bool IsKnown(string instanceType) => Sizes.ContainsKey(instanceType);

    public static (int Cpu, int Memory) Registered(string instanceType) =>
        Sizes.TryGetValue(instanceType, out var size) ? size : throw new ArgumentException($"Unknown instance type {instanceType}.", nameof(instanceType));
}
