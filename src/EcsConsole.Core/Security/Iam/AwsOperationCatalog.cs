namespace EcsConsole.Core.Security.Iam;

/// <summary>
/// Every AWS operation the console calls, one line each, from which its IAM policies are generated. A test compares it
/// with the methods of the EcsConsole.Aws client interfaces, so a new client method without a line here fails the build's tests.
/// </summary>
public static class AwsOperationCatalog
{
    public static IReadOnlyList<AwsOperation> All { get; } =
    [
        new("IEcsClient", "ListClustersAsync", "ecs:ListClusters", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeClustersAsync", "ecs:DescribeClusters", AwsOperationAccess.Read),
        new("IEcsClient", "ListServicesAsync", "ecs:ListServices", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeServicesAsync", "ecs:DescribeServices", AwsOperationAccess.Read),
        new("IEcsClient", "ListTasksAsync", "ecs:ListTasks", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeTasksAsync", "ecs:DescribeTasks", AwsOperationAccess.Read),
        new("IEcsClient", "ListTaskDefinitionsAsync", "ecs:ListTaskDefinitions", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeTaskDefinitionAsync", "ecs:DescribeTaskDefinition", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeRepositoriesAsync", "ecr:DescribeRepositories", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeImagesAsync", "ecr:DescribeImages", AwsOperationAccess.Read),
        new("ICallerIdentityClient", "GetCallerIdentityAsync", "sts:GetCallerIdentity", AwsOperationAccess.Unauthenticated),
    ];
}
