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
        new("IEcsClient", "ListTaskDefinitionFamiliesAsync", "ecs:ListTaskDefinitionFamilies", AwsOperationAccess.Read),
        new("IEcsClient", "ListContainerInstancesAsync", "ecs:ListContainerInstances", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeContainerInstancesAsync", "ecs:DescribeContainerInstances", AwsOperationAccess.Read),
        new("IEcsClient", "ListServiceDeploymentsAsync", "ecs:ListServiceDeployments", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeServiceDeploymentsAsync", "ecs:DescribeServiceDeployments", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeServiceRevisionsAsync", "ecs:DescribeServiceRevisions", AwsOperationAccess.Read),
        new("IEcsClient", "ListTagsForResourceAsync", "ecs:ListTagsForResource", AwsOperationAccess.Read),
        new("IEcsClient", "UpdateServiceAsync", "ecs:UpdateService", AwsOperationAccess.Write),
        // Task definitions name a task role and an execution role, which ECS may only take with iam:PassRole.
        new("IEcsClient", "RegisterTaskDefinitionAsync", "ecs:RegisterTaskDefinition", AwsOperationAccess.Write, PassesRole: true),
        new("IEcsClient", "StopServiceDeploymentAsync", "ecs:StopServiceDeployment", AwsOperationAccess.Write),
        new("IEcsClient", "ContinueServiceDeploymentAsync", "ecs:ContinueServiceDeployment", AwsOperationAccess.Write),
        new("IEcsClient", "StopTaskAsync", "ecs:StopTask", AwsOperationAccess.Write),
        new("IEcsClient", "TagResourceAsync", "ecs:TagResource", AwsOperationAccess.Write),
        new("IEcrClient", "DescribeRepositoriesAsync", "ecr:DescribeRepositories", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeImagesAsync", "ecr:DescribeImages", AwsOperationAccess.Read),
        new("ICallerIdentityClient", "GetCallerIdentityAsync", "sts:GetCallerIdentity", AwsOperationAccess.Unauthenticated),
    ];
}
