using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class ClusterKindsTests
{
    [Theory]
    [InlineData(0, new[] { "FARGATE", "FARGATE_SPOT" }, ClusterKind.Fargate)]
    [InlineData(3, new string[0], ClusterKind.Ec2)]
    [InlineData(0, new[] { "prod-asg-provider" }, ClusterKind.Ec2)]
    [InlineData(2, new[] { "FARGATE" }, ClusterKind.Mixed)]
    [InlineData(0, new string[0], ClusterKind.Fargate)]
    public void Classify_InstancesAndProviders_GivesKind(int instances, string[] providers, ClusterKind expected) =>
        Assert.Equal(expected, ClusterKinds.Classify(instances, providers));
}
