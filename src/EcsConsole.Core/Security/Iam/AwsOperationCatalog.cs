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
        new("IEcrClient", "ListImagesAsync", "ecr:ListImages", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeImageScanFindingsAsync", "ecr:DescribeImageScanFindings", AwsOperationAccess.Read),
        new("IApplicationAutoScalingClient", "DescribeScalableTargetsAsync", "application-autoscaling:DescribeScalableTargets", AwsOperationAccess.Read),
        new("IApplicationAutoScalingClient", "DescribeScalingPoliciesAsync", "application-autoscaling:DescribeScalingPolicies", AwsOperationAccess.Read),
        new("IApplicationAutoScalingClient", "DescribeScalingActivitiesAsync", "application-autoscaling:DescribeScalingActivities", AwsOperationAccess.Read),
        new("ICloudWatchClient", "DescribeAlarmsAsync", "cloudwatch:DescribeAlarms", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeLoadBalancersAsync", "elasticloadbalancing:DescribeLoadBalancers", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeTargetGroupsAsync", "elasticloadbalancing:DescribeTargetGroups", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeTargetHealthAsync", "elasticloadbalancing:DescribeTargetHealth", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeListenersAsync", "elasticloadbalancing:DescribeListeners", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeRulesAsync", "elasticloadbalancing:DescribeRules", AwsOperationAccess.Read),
        new("ILogsClient", "GetLogEventsAsync", "logs:GetLogEvents", AwsOperationAccess.Read),
        new("ILogsClient", "FilterLogEventsAsync", "logs:FilterLogEvents", AwsOperationAccess.Read),
        new("ILogsClient", "DescribeLogGroupsAsync", "logs:DescribeLogGroups", AwsOperationAccess.Read),
        new("ILogsClient", "DescribeLogStreamsAsync", "logs:DescribeLogStreams", AwsOperationAccess.Read),
        new("ILogsClient", "CreateLogGroupAsync", "logs:CreateLogGroup", AwsOperationAccess.Write),
        new("ILogsClient", "PutRetentionPolicyAsync", "logs:PutRetentionPolicy", AwsOperationAccess.Write),
        new("IServiceDiscoveryClient", "GetServiceAsync", "servicediscovery:GetService", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListServicesAsync", "servicediscovery:ListServices", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListNamespacesAsync", "servicediscovery:ListNamespaces", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListInstancesAsync", "servicediscovery:ListInstances", AwsOperationAccess.Read),
        new("ICallerIdentityClient", "GetCallerIdentityAsync", "sts:GetCallerIdentity", AwsOperationAccess.Unauthenticated),
    ];
}
