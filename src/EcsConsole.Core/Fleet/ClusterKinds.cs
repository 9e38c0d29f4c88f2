namespace EcsConsole.Core.Fleet;

/// <summary>Decides whether a cluster is Fargate, EC2 or both from what ECS reports about it.</summary>
public static class ClusterKinds
{
    public static ClusterKind Classify(int registeredInstances, IEnumerable<string> capacityProviders)
    {
        var providers = capacityProviders.ToList();
        var fargate = providers.Any(IsFargateProvider);
        // Any provider that is not FARGATE* is an Auto Scaling group provider, i.e. EC2 capacity.
        var ec2 = registeredInstances > 0 || providers.Any(p => !IsFargateProvider(p));
        return (fargate, ec2) switch
        {
            (true, true) => ClusterKind.Mixed,
            (false, true) => ClusterKind.Ec2,
            // A cluster with neither can still run tasks with launch type FARGATE, so it is serverless.
            _ => ClusterKind.Fargate,
        };
    }

    private static bool IsFargateProvider(string name) =>
        name is "FARGATE" or "FARGATE_SPOT";
}
