namespace EcsConsole.Core.Inventory;

/// <summary>A section of the service configuration that could not be read, and why, told for people.</summary>
public sealed record SectionProblem(string Section, string Message)
{
    public const string LoadBalancing = "Load balancing";
    public const string AutoScaling = "Auto scaling";
    public const string ServiceDiscovery = "Service discovery";
}
