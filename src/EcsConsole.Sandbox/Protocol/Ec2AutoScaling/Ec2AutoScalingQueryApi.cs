using System.Globalization;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ec2;
using EcsConsole.Sandbox.Protocol.Ec2;

namespace EcsConsole.Sandbox.Protocol.Ec2AutoScaling;

/// <summary>EC2 Auto Scaling groups over the Query protocol (not Application Auto Scaling, which is JSON and lives next door).</summary>
public sealed class Ec2AutoScalingQueryApi : QueryApi
{
    private readonly SandboxEngine _engine;

    public Ec2AutoScalingQueryApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("CreateAutoScalingGroup", (p, _) =>
        {
            engine.AutoScaling.CreateAutoScalingGroup(GroupRequest(Read(p)));
            return null;
        });
        Register("DescribeAutoScalingGroups", (p, _) => DescribeAutoScalingGroups(Read(p)));
        Register("UpdateAutoScalingGroup", (p, _) =>
        {
            engine.AutoScaling.UpdateAutoScalingGroup(GroupRequest(Read(p)));
            return null;
        });
        Register("DeleteAutoScalingGroup", (p, _) =>
        {
            var parameters = Read(p);
            engine.AutoScaling.DeleteAutoScalingGroup(parameters.Required("AutoScalingGroupName"), parameters.Bool("ForceDelete") ?? false);
            return null;
        });
    }

    public override string SigningName => "autoscaling";

    public override string ApiVersion => "2011-01-01";

    public override XNamespace Namespace => "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    private static QueryParameters Read(IReadOnlyDictionary<string, string> parameters) => new(parameters, "ValidationError");

    private static AutoScalingGroupRequest GroupRequest(QueryParameters p) => new(
        p.Required("AutoScalingGroupName"),
        p.String("LaunchTemplate.LaunchTemplateId"),
        p.String("LaunchTemplate.LaunchTemplateName"),
        p.String("LaunchTemplate.Version"),
        p.Int("MinSize"),
        p.Int("MaxSize"),
        p.Int("DesiredCapacity"),
        p.String("VPCZoneIdentifier"),
        p.Bool("NewInstancesProtectedFromScaleIn"),
        p.Int("HealthCheckGracePeriod"),
        p.Items("Tags.member").Select(t => new AutoScalingTagState(p.Required(t + ".Key"), p.String(t + ".Value") ?? "", p.Bool(t + ".PropagateAtLaunch") ?? false)).ToList());

    private IEnumerable<XElement> DescribeAutoScalingGroups(QueryParameters p)
    {
        var groups = _engine.AutoScaling.DescribeAutoScalingGroups(p.Strings("AutoScalingGroupNames.member"));
        var (page, next) = p.Page(groups, "DescribeAutoScalingGroups", "NextToken", "MaxRecords", 50, 1, 100);
        return [E("AutoScalingGroups", page.Select(GroupElement)), .. next is null ? [] : new[] { E("NextToken", next) }];
    }

    private XElement E(string name, object? content) => new(Namespace + name, content);

    private static string Bool(bool value) => value ? "true" : "false";

    private XElement TemplateElement(string templateId, string templateName, string version) =>
        E("LaunchTemplate", new[] { E("LaunchTemplateId", templateId), E("LaunchTemplateName", templateName), E("Version", version) });

    private XElement GroupElement(AutoScalingGroupState group) => E("member", new object?[]
    {
        E("AutoScalingGroupName", group.Name),
        E("AutoScalingGroupARN", group.Arn),
        TemplateElement(group.LaunchTemplateId, group.LaunchTemplateName, group.LaunchTemplateVersion),
        E("MinSize", group.MinSize),
        E("MaxSize", group.MaxSize),
        E("DesiredCapacity", group.DesiredCapacity),
        E("DefaultCooldown", 300),
        E("AvailabilityZones", group.Instances.Count == 0 && group.SubnetIds.Count == 0
            ? null
            : _engine.Ec2.DescribeSubnets(group.SubnetIds, []).Select(s => s.AvailabilityZone).Distinct().Order(StringComparer.Ordinal).Select(z => E("member", z))),
        E("HealthCheckType", "EC2"),
        E("HealthCheckGracePeriod", group.HealthCheckGracePeriod),
        E("Instances", group.Instances.Select(i => E("member", new object[]
        {
            E("InstanceId", i.InstanceId),
            E("InstanceType", i.InstanceType),
            E("AvailabilityZone", i.AvailabilityZone),
            E("LifecycleState", i.LifecycleState),
            E("HealthStatus", "Healthy"),
            TemplateElement(group.LaunchTemplateId, group.LaunchTemplateName, group.LaunchTemplateVersion),
            E("ProtectedFromScaleIn", Bool(i.ProtectedFromScaleIn)),
        }))),
        E("CreatedTime", group.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        E("SuspendedProcesses", null),
        E("VPCZoneIdentifier", string.Join(',', group.SubnetIds)),
        E("EnabledMetrics", null),
        E("Tags", group.Tags.Select(t => E("member", new object[]
        {
            E("ResourceId", group.Name),
            E("ResourceType", "auto-scaling-group"),
            E("Key", t.Key),
            E("Value", t.Value),
            E("PropagateAtLaunch", Bool(t.PropagateAtLaunch)),
        }))),
        E("TerminationPolicies", E("member", "Default")),
        E("NewInstancesProtectedFromScaleIn", Bool(group.NewInstancesProtectedFromScaleIn)),
        E("ServiceLinkedRoleARN", $"arn:aws:iam::{_engine.Arns.AccountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"),
    });
}
