using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.AutoScaling;

/// <summary>
/// Query layout of the EC2 Auto Scaling operations the console calls, transcribed from the model. Fields are in dependency
/// order because static initializers run top to bottom.
/// </summary>
internal static class AutoScalingQueryShapes
{
    public static readonly QueryShape NoOutput = QueryShape.Structure();

    public static readonly QueryShape LaunchTemplateSpecification = QueryShape.Structure(
        new QueryMember("LaunchTemplateId", QueryShape.String),
        new QueryMember("LaunchTemplateName", QueryShape.String),
        new QueryMember("Version", QueryShape.String));

    public static readonly QueryShape Tag = QueryShape.Structure(
        new QueryMember("ResourceId", QueryShape.String),
        new QueryMember("ResourceType", QueryShape.String),
        new QueryMember("Key", QueryShape.String),
        new QueryMember("Value", QueryShape.String),
        new QueryMember("PropagateAtLaunch", QueryShape.Boolean));

    public static readonly QueryShape Instance = QueryShape.Structure(
        new QueryMember("InstanceId", QueryShape.String),
        new QueryMember("InstanceType", QueryShape.String),
        new QueryMember("AvailabilityZone", QueryShape.String),
        new QueryMember("LifecycleState", QueryShape.String),
        new QueryMember("HealthStatus", QueryShape.String),
        new QueryMember("LaunchTemplate", LaunchTemplateSpecification),
        new QueryMember("ProtectedFromScaleIn", QueryShape.Boolean));

    public static readonly QueryShape AutoScalingGroup = QueryShape.Structure(
        new QueryMember("AutoScalingGroupName", QueryShape.String),
        new QueryMember("AutoScalingGroupARN", QueryShape.String),
        new QueryMember("LaunchTemplate", LaunchTemplateSpecification),
        new QueryMember("MinSize", QueryShape.Integer),
        new QueryMember("MaxSize", QueryShape.Integer),
        new QueryMember("DesiredCapacity", QueryShape.Integer),
        new QueryMember("DefaultCooldown", QueryShape.Integer),
        new QueryMember("AvailabilityZones", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("HealthCheckType", QueryShape.String),
        new QueryMember("HealthCheckGracePeriod", QueryShape.Integer),
        new QueryMember("Instances", QueryShape.ListOf(Instance)),
        new QueryMember("CreatedTime", QueryShape.Timestamp),
        new QueryMember("VPCZoneIdentifier", QueryShape.String),
        new QueryMember("Status", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)),
        new QueryMember("NewInstancesProtectedFromScaleIn", QueryShape.Boolean),
        new QueryMember("ServiceLinkedRoleARN", QueryShape.String));

    public static readonly QueryShape CreateAutoScalingGroupInput = QueryShape.Structure(
        new QueryMember("AutoScalingGroupName", QueryShape.String),
        new QueryMember("LaunchTemplate", LaunchTemplateSpecification),
        new QueryMember("MinSize", QueryShape.Integer),
        new QueryMember("MaxSize", QueryShape.Integer),
        new QueryMember("DesiredCapacity", QueryShape.Integer),
        new QueryMember("HealthCheckGracePeriod", QueryShape.Integer),
        new QueryMember("VPCZoneIdentifier", QueryShape.String),
        new QueryMember("NewInstancesProtectedFromScaleIn", QueryShape.Boolean),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape DescribeAutoScalingGroupsInput = QueryShape.Structure(
        new QueryMember("AutoScalingGroupNames", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("NextToken", QueryShape.String),
        new QueryMember("MaxRecords", QueryShape.Integer));

    public static readonly QueryShape DescribeAutoScalingGroupsOutput = QueryShape.Structure(
        new QueryMember("AutoScalingGroups", QueryShape.ListOf(AutoScalingGroup)),
        new QueryMember("NextToken", QueryShape.String));

    public static readonly QueryShape UpdateAutoScalingGroupInput = QueryShape.Structure(
        new QueryMember("AutoScalingGroupName", QueryShape.String),
        new QueryMember("LaunchTemplate", LaunchTemplateSpecification),
        new QueryMember("MinSize", QueryShape.Integer),
        new QueryMember("MaxSize", QueryShape.Integer),
        new QueryMember("DesiredCapacity", QueryShape.Integer),
        new QueryMember("VPCZoneIdentifier", QueryShape.String),
        new QueryMember("NewInstancesProtectedFromScaleIn", QueryShape.Boolean));

    public static readonly QueryShape DeleteAutoScalingGroupInput = QueryShape.Structure(
        new QueryMember("AutoScalingGroupName", QueryShape.String),
        new QueryMember("ForceDelete", QueryShape.Boolean));
}
