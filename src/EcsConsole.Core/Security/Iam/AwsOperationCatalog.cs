namespace EcsConsole.Core.Security.Iam;

/// <summary>
/// Every AWS operation the console calls, one line each, from which its IAM policies are generated. Tests compare it
/// with the methods of the EcsConsole.Aws client interfaces (each is here or in <see cref="NotCalled"/>) and with the
/// client calls in Core's and Web's IL (exactly the operations here are called), so the policy grants what is called.
/// </summary>
public static class AwsOperationCatalog
{
    private const string EcsTasks = "ecs-tasks.amazonaws.com";
    private const string Ecs = "ecs.amazonaws.com";
    private const string Ec2 = "ec2.amazonaws.com";

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
        new("IEcsClient", "ListServiceDeploymentsAsync", "ecs:ListServiceDeployments", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeServiceDeploymentsAsync", "ecs:DescribeServiceDeployments", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeServiceRevisionsAsync", "ecs:DescribeServiceRevisions", AwsOperationAccess.Read),
        // A rollout strategy change sends the blue/green infrastructure role and lifecycle hook roles to ECS.
        new("IEcsClient", "UpdateServiceAsync", "ecs:UpdateService", AwsOperationAccess.Write, PassesRoleTo: Ecs),
        // Task definitions name a task role and an execution role, which ECS tasks may only take with iam:PassRole.
        new("IEcsClient", "RegisterTaskDefinitionAsync", "ecs:RegisterTaskDefinition", AwsOperationAccess.Write, PassesRoleTo: EcsTasks),
        // A service names its load balancers' infrastructure role (loadBalancers[].advancedConfiguration.roleArn), which ECS may only take with iam:PassRole.
        new("IEcsClient", "CreateServiceAsync", "ecs:CreateService", AwsOperationAccess.Write, PassesRoleTo: Ecs),
        new("IEcsClient", "DeleteServiceAsync", "ecs:DeleteService", AwsOperationAccess.Write),
        new("IEcsClient", "DeregisterTaskDefinitionAsync", "ecs:DeregisterTaskDefinition", AwsOperationAccess.Write),
        new("IEcsClient", "StopServiceDeploymentAsync", "ecs:StopServiceDeployment", AwsOperationAccess.Write),
        new("IEcsClient", "ContinueServiceDeploymentAsync", "ecs:ContinueServiceDeployment", AwsOperationAccess.Write),
        new("IEcsClient", "TagResourceAsync", "ecs:TagResource", AwsOperationAccess.Write),
        // Stopping a service remembers its count in a service tag; starting it again removes the tag.
        new("IEcsClient", "UntagResourceAsync", "ecs:UntagResource", AwsOperationAccess.Write),
        // The cluster wizard creates clusters and capacity providers and, on rollback, removes what it created.
        new("IEcsClient", "DescribeCapacityProvidersAsync", "ecs:DescribeCapacityProviders", AwsOperationAccess.Read),
        new("IEcsClient", "CreateClusterAsync", "ecs:CreateCluster", AwsOperationAccess.Write),
        new("IEcsClient", "DeleteClusterAsync", "ecs:DeleteCluster", AwsOperationAccess.Write),
        new("IEcsClient", "CreateCapacityProviderAsync", "ecs:CreateCapacityProvider", AwsOperationAccess.Write),
        new("IEcsClient", "DeleteCapacityProviderAsync", "ecs:DeleteCapacityProvider", AwsOperationAccess.Write),
        new("IEcsClient", "PutClusterCapacityProvidersAsync", "ecs:PutClusterCapacityProviders", AwsOperationAccess.Write),
        new("IEcrClient", "DescribeRepositoriesAsync", "ecr:DescribeRepositories", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeImagesAsync", "ecr:DescribeImages", AwsOperationAccess.Read),
        new("IEcrClient", "BatchGetImageAsync", "ecr:BatchGetImage", AwsOperationAccess.Read),
        // A promotion across accounts reads the source repository's policy to say whether the target may pull from it.
        new("IEcrClient", "GetRepositoryPolicyAsync", "ecr:GetRepositoryPolicy", AwsOperationAccess.Read),
        // Only the sandbox's "push a new version" calls it; on AWS it retags, which a CI pipeline normally does.
        new("IEcrClient", "PutImageAsync", "ecr:PutImage", AwsOperationAccess.Write),
        new("IApplicationAutoScalingClient", "DescribeScalableTargetsAsync", "application-autoscaling:DescribeScalableTargets", AwsOperationAccess.Read),
        new("IApplicationAutoScalingClient", "DescribeScalingPoliciesAsync", "application-autoscaling:DescribeScalingPolicies", AwsOperationAccess.Read),
        // The service wizard tells a scalable target this run registered from one it found by its run tag.
        new("IApplicationAutoScalingClient", "ListTagsForResourceAsync", "application-autoscaling:ListTagsForResource", AwsOperationAccess.Read),
        // The service wizard registers the service as a scalable target with a target tracking policy; rollback removes both.
        new("IApplicationAutoScalingClient", "RegisterScalableTargetAsync", "application-autoscaling:RegisterScalableTarget", AwsOperationAccess.Write),
        new("IApplicationAutoScalingClient", "DeregisterScalableTargetAsync", "application-autoscaling:DeregisterScalableTarget", AwsOperationAccess.Write),
        new("IApplicationAutoScalingClient", "PutScalingPolicyAsync", "application-autoscaling:PutScalingPolicy", AwsOperationAccess.Write),
        new("IApplicationAutoScalingClient", "DeleteScalingPolicyAsync", "application-autoscaling:DeleteScalingPolicy", AwsOperationAccess.Write),
        new("ICloudWatchClient", "DescribeAlarmsAsync", "cloudwatch:DescribeAlarms", AwsOperationAccess.Read),
        // Charts of services, target groups and deployments read CloudWatch metrics in batches.
        new("ICloudWatchClient", "GetMetricDataAsync", "cloudwatch:GetMetricData", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeLoadBalancersAsync", "elasticloadbalancing:DescribeLoadBalancers", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeTargetGroupsAsync", "elasticloadbalancing:DescribeTargetGroups", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeTargetHealthAsync", "elasticloadbalancing:DescribeTargetHealth", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeListenersAsync", "elasticloadbalancing:DescribeListeners", AwsOperationAccess.Read),
        new("IElbv2Client", "DescribeRulesAsync", "elasticloadbalancing:DescribeRules", AwsOperationAccess.Read),
        // The service wizard tells a load balancer or target group this run made from one it found by its run tag.
        new("IElbv2Client", "DescribeTagsAsync", "elasticloadbalancing:DescribeTags", AwsOperationAccess.Read),
        // The service wizard creates a load balancer, target groups, listeners and rules, and deletes them on rollback.
        new("IElbv2Client", "CreateLoadBalancerAsync", "elasticloadbalancing:CreateLoadBalancer", AwsOperationAccess.Write),
        new("IElbv2Client", "CreateTargetGroupAsync", "elasticloadbalancing:CreateTargetGroup", AwsOperationAccess.Write),
        new("IElbv2Client", "CreateListenerAsync", "elasticloadbalancing:CreateListener", AwsOperationAccess.Write),
        new("IElbv2Client", "CreateRuleAsync", "elasticloadbalancing:CreateRule", AwsOperationAccess.Write),
        new("IElbv2Client", "DeleteLoadBalancerAsync", "elasticloadbalancing:DeleteLoadBalancer", AwsOperationAccess.Write),
        new("IElbv2Client", "DeleteTargetGroupAsync", "elasticloadbalancing:DeleteTargetGroup", AwsOperationAccess.Write),
        new("IElbv2Client", "DeleteListenerAsync", "elasticloadbalancing:DeleteListener", AwsOperationAccess.Write),
        new("IElbv2Client", "DeleteRuleAsync", "elasticloadbalancing:DeleteRule", AwsOperationAccess.Write),
        new("ILogsClient", "GetLogEventsAsync", "logs:GetLogEvents", AwsOperationAccess.Read),
        new("ILogsClient", "FilterLogEventsAsync", "logs:FilterLogEvents", AwsOperationAccess.Read),
        new("ILogsClient", "DescribeLogGroupsAsync", "logs:DescribeLogGroups", AwsOperationAccess.Read),
        // The wizards tell a log group this run made from one it found by its run tag.
        new("ILogsClient", "ListTagsForResourceAsync", "logs:ListTagsForResource", AwsOperationAccess.Read),
        new("ILogsClient", "CreateLogGroupAsync", "logs:CreateLogGroup", AwsOperationAccess.Write),
        new("ILogsClient", "PutRetentionPolicyAsync", "logs:PutRetentionPolicy", AwsOperationAccess.Write),
        new("ILogsClient", "DeleteLogGroupAsync", "logs:DeleteLogGroup", AwsOperationAccess.Write),
        new("IServiceDiscoveryClient", "GetServiceAsync", "servicediscovery:GetService", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListServicesAsync", "servicediscovery:ListServices", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListNamespacesAsync", "servicediscovery:ListNamespaces", AwsOperationAccess.Read),
        // The service wizard creates a private DNS namespace (polled through GetOperation) and a Cloud Map service; rollback deletes them.
        new("IServiceDiscoveryClient", "GetOperationAsync", "servicediscovery:GetOperation", AwsOperationAccess.Read),
        // The service wizard tells a namespace or Cloud Map service this run made from one it found by its run tag.
        new("IServiceDiscoveryClient", "ListTagsForResourceAsync", "servicediscovery:ListTagsForResource", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "CreatePrivateDnsNamespaceAsync", "servicediscovery:CreatePrivateDnsNamespace", AwsOperationAccess.Write),
        new("IServiceDiscoveryClient", "CreateServiceAsync", "servicediscovery:CreateService", AwsOperationAccess.Write),
        new("IServiceDiscoveryClient", "DeleteServiceAsync", "servicediscovery:DeleteService", AwsOperationAccess.Write),
        new("IServiceDiscoveryClient", "DeleteNamespaceAsync", "servicediscovery:DeleteNamespace", AwsOperationAccess.Write),
        // Services whose deployment controller is CODE_DEPLOY change task definition only through a CodeDeploy deployment.
        new("ICodeDeployClient", "ListApplicationsAsync", "codedeploy:ListApplications", AwsOperationAccess.Read),
        new("ICodeDeployClient", "ListDeploymentGroupsAsync", "codedeploy:ListDeploymentGroups", AwsOperationAccess.Read),
        new("ICodeDeployClient", "GetDeploymentGroupAsync", "codedeploy:GetDeploymentGroup", AwsOperationAccess.Read),
        new("ICodeDeployClient", "ListDeploymentsAsync", "codedeploy:ListDeployments", AwsOperationAccess.Read),
        new("ICodeDeployClient", "BatchGetDeploymentsAsync", "codedeploy:BatchGetDeployments", AwsOperationAccess.Read),
        new("ICodeDeployClient", "CreateDeploymentAsync", "codedeploy:CreateDeployment", AwsOperationAccess.Write),
        // The IAM roles wizard reads what exists, creates what is missing and, on rollback, deletes what it created.
        new("IIamClient", "GetRoleAsync", "iam:GetRole", AwsOperationAccess.Read),
        new("IIamClient", "ListRolesAsync", "iam:ListRoles", AwsOperationAccess.Read),
        new("IIamClient", "ListAttachedRolePoliciesAsync", "iam:ListAttachedRolePolicies", AwsOperationAccess.Read),
        new("IIamClient", "ListRolePoliciesAsync", "iam:ListRolePolicies", AwsOperationAccess.Read),
        new("IIamClient", "GetInstanceProfileAsync", "iam:GetInstanceProfile", AwsOperationAccess.Read),
        new("IIamClient", "CreateRoleAsync", "iam:CreateRole", AwsOperationAccess.Write),
        new("IIamClient", "DeleteRoleAsync", "iam:DeleteRole", AwsOperationAccess.Write),
        new("IIamClient", "AttachRolePolicyAsync", "iam:AttachRolePolicy", AwsOperationAccess.Write),
        new("IIamClient", "DetachRolePolicyAsync", "iam:DetachRolePolicy", AwsOperationAccess.Write),
        new("IIamClient", "PutRolePolicyAsync", "iam:PutRolePolicy", AwsOperationAccess.Write),
        new("IIamClient", "DeleteRolePolicyAsync", "iam:DeleteRolePolicy", AwsOperationAccess.Write),
        new("IIamClient", "CreateInstanceProfileAsync", "iam:CreateInstanceProfile", AwsOperationAccess.Write),
        new("IIamClient", "DeleteInstanceProfileAsync", "iam:DeleteInstanceProfile", AwsOperationAccess.Write),
        new("IIamClient", "AddRoleToInstanceProfileAsync", "iam:AddRoleToInstanceProfile", AwsOperationAccess.Write),
        new("IIamClient", "RemoveRoleFromInstanceProfileAsync", "iam:RemoveRoleFromInstanceProfile", AwsOperationAccess.Write),
        new("IIamClient", "CreateServiceLinkedRoleAsync", "iam:CreateServiceLinkedRole", AwsOperationAccess.Write),
        new("IIamClient", "DeleteServiceLinkedRoleAsync", "iam:DeleteServiceLinkedRole", AwsOperationAccess.Write),
        new("IEc2Client", "DescribeVpcsAsync", "ec2:DescribeVpcs", AwsOperationAccess.Read),
        new("IEc2Client", "DescribeSubnetsAsync", "ec2:DescribeSubnets", AwsOperationAccess.Read),
        new("IEc2Client", "DescribeSecurityGroupsAsync", "ec2:DescribeSecurityGroups", AwsOperationAccess.Read),
        new("IEc2Client", "DescribeLaunchTemplatesAsync", "ec2:DescribeLaunchTemplates", AwsOperationAccess.Read),
        new("IEc2Client", "CreateSecurityGroupAsync", "ec2:CreateSecurityGroup", AwsOperationAccess.Write),
        new("IEc2Client", "AuthorizeSecurityGroupIngressAsync", "ec2:AuthorizeSecurityGroupIngress", AwsOperationAccess.Write),
        new("IEc2Client", "DeleteSecurityGroupAsync", "ec2:DeleteSecurityGroup", AwsOperationAccess.Write),
        new("IEc2Client", "CreateLaunchTemplateAsync", "ec2:CreateLaunchTemplate", AwsOperationAccess.Write),
        new("IEc2Client", "DeleteLaunchTemplateAsync", "ec2:DeleteLaunchTemplate", AwsOperationAccess.Write),
        new("ISsmParameterClient", "GetParameterAsync", "ssm:GetParameter", AwsOperationAccess.Read),
        new("IAutoScalingClient", "DescribeAutoScalingGroupsAsync", "autoscaling:DescribeAutoScalingGroups", AwsOperationAccess.Read),
        // A group launching from a template whose instance profile holds a role hands that role to EC2 (iam:PassRole).
        new("IAutoScalingClient", "CreateAutoScalingGroupAsync", "autoscaling:CreateAutoScalingGroup", AwsOperationAccess.Write, PassesRoleTo: Ec2),
        new("IAutoScalingClient", "DeleteAutoScalingGroupAsync", "autoscaling:DeleteAutoScalingGroup", AwsOperationAccess.Write),
        new("ICallerIdentityClient", "GetCallerIdentityAsync", "sts:GetCallerIdentity", AwsOperationAccess.Unauthenticated),
        new("IEcsClient", "ExecuteCommandAsync", "ecs:ExecuteCommand", AwsOperationAccess.Write),
    ];

    /// <summary>
    /// Methods the EcsConsole.Aws clients offer that no console code calls, so no policy grants them. A test finds the calls
    /// in Core's and Web's IL: one of these that starts being called fails it until its line moves up to <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<AwsOperation> NotCalled { get; } =
    [
        new("IEcsClient", "ListContainerInstancesAsync", "ecs:ListContainerInstances", AwsOperationAccess.Read),
        new("IEcsClient", "DescribeContainerInstancesAsync", "ecs:DescribeContainerInstances", AwsOperationAccess.Read),
        new("IEcsClient", "ListTagsForResourceAsync", "ecs:ListTagsForResource", AwsOperationAccess.Read),
        new("IEcsClient", "StopTaskAsync", "ecs:StopTask", AwsOperationAccess.Write),
        new("IEcrClient", "ListImagesAsync", "ecr:ListImages", AwsOperationAccess.Read),
        new("IEcrClient", "DescribeImageScanFindingsAsync", "ecr:DescribeImageScanFindings", AwsOperationAccess.Read),
        new("IApplicationAutoScalingClient", "DescribeScalingActivitiesAsync", "application-autoscaling:DescribeScalingActivities", AwsOperationAccess.Read),
        new("ILogsClient", "DescribeLogStreamsAsync", "logs:DescribeLogStreams", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "ListInstancesAsync", "servicediscovery:ListInstances", AwsOperationAccess.Read),
        new("IServiceDiscoveryClient", "GetNamespaceAsync", "servicediscovery:GetNamespace", AwsOperationAccess.Read),
        new("ICodeDeployClient", "GetDeploymentAsync", "codedeploy:GetDeployment", AwsOperationAccess.Read),
        new("ICodeDeployClient", "StopDeploymentAsync", "codedeploy:StopDeployment", AwsOperationAccess.Write),
        new("IIamClient", "TagRoleAsync", "iam:TagRole", AwsOperationAccess.Write),
        new("IAutoScalingClient", "UpdateAutoScalingGroupAsync", "autoscaling:UpdateAutoScalingGroup", AwsOperationAccess.Write),
    ];

    /// <summary>
    /// Operations in <see cref="All"/> that the call-log tour (<c>ConsoleCallLogTests</c> in EcsConsole.Core.Tests), which
    /// drives every console code path that calls AWS against the sandbox, cannot observe, each with why. Everything else the
    /// policy grants was seen being called; the test fails on an entry here that it does observe.
    /// </summary>
    public static IReadOnlyList<AwsUnobservedOperation> NotObservedOnSandbox { get; } =
    [
        new("ec2:CreateSecurityGroup", NoWizardPlansSecurityGroups),
        new("ec2:AuthorizeSecurityGroupIngress", NoWizardPlansSecurityGroups),
        new("ec2:DeleteSecurityGroup", NoWizardPlansSecurityGroups),
        new("ecs:ExecuteCommand",
            "Sent when an Operator opens a shell on the task page (the Session Manager data channel then carries the session); the sandbox's ExecDataChannelTests drive ExecuteCommand and the data channel, the call-log tour has no shell to open."),
    ];

    private const string NoWizardPlansSecurityGroups =
        "No wizard plans security groups today (the cluster and service wizards take existing ones); the EC2 executor can run and undo them, which only a hand-built plan reaches.";

    /// <summary>
    /// The short list of actions AWS checks on top of the calls above: the wizards send tags with every create whose API
    /// takes them (<c>ecsconsole:run=&lt;id&gt;</c> plus the operator's tags), and AWS authorizes tag-on-create with the
    /// service's tagging action.
    /// </summary>
    public static IReadOnlyList<AwsImpliedAction> Implied { get; } =
    [
        new("ecs:TagResource", ["ecs:CreateCluster", "ecs:CreateCapacityProvider", "ecs:RegisterTaskDefinition", "ecs:CreateService"],
            "ECS creates that carry tags are authorized with ecs:TagResource too."),
        new("iam:TagRole", ["iam:CreateRole"], "CreateRole with Tags needs iam:TagRole."),
        new("iam:TagInstanceProfile", ["iam:CreateInstanceProfile"], "CreateInstanceProfile with Tags needs iam:TagInstanceProfile."),
        new("elasticloadbalancing:AddTags",
            ["elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup", "elasticloadbalancing:CreateListener", "elasticloadbalancing:CreateRule"],
            "ELBv2 creates with Tags need elasticloadbalancing:AddTags."),
        new("servicediscovery:TagResource", ["servicediscovery:CreatePrivateDnsNamespace", "servicediscovery:CreateService"],
            "Cloud Map creates with Tags need servicediscovery:TagResource."),
        new("logs:TagResource", ["logs:CreateLogGroup"], "CreateLogGroup with tags needs logs:TagResource."),
        new("ec2:CreateTags", ["ec2:CreateLaunchTemplate"], "CreateLaunchTemplate with TagSpecifications needs ec2:CreateTags."),
        new("autoscaling:CreateOrUpdateTags", ["autoscaling:CreateAutoScalingGroup"], "CreateAutoScalingGroup with Tags needs autoscaling:CreateOrUpdateTags."),
        new("application-autoscaling:TagResource", ["application-autoscaling:RegisterScalableTarget"],
            "RegisterScalableTarget with Tags needs application-autoscaling:TagResource."),
        // Auto Scaling checks that its caller may launch from the group's launch template.
        new("ec2:RunInstances", ["autoscaling:CreateAutoScalingGroup"], "CreateAutoScalingGroup from a launch template checks ec2:RunInstances on the caller."),
    ];
}
