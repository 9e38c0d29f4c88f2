using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// ELBv2 creates as <c>AWS::ElasticLoadBalancingV2::LoadBalancer</c>, <c>::TargetGroup</c>, <c>::Listener</c> and
/// <c>::ListenerRule</c>. CloudFormation's properties carry the API's member names, so bodies copy member by member; the
/// listener and rule resources take no Tags. Outputs: every <c>Arn</c> is <c>Ref</c>; a load balancer's <c>DnsName</c> is
/// <c>Fn::GetAtt DNSName</c>. A load balancer's VPC has no CloudFormation attribute, so <c>${LoadBalancer.VpcId}</c> becomes
/// a template parameter (of type <c>AWS::EC2::VPC::Id</c>) filled in when the stack is created.
/// </summary>
public static class Elbv2CloudFormationMapper
{
    private static readonly string[] LoadBalancerMembers = ["Name", "Subnets", "SecurityGroups", "Scheme", "Type", "IpAddressType", "Tags"];

    private static readonly string[] TargetGroupMembers =
    [
        "Name", "Protocol", "ProtocolVersion", "Port", "VpcId", "HealthCheckProtocol", "HealthCheckPort", "HealthCheckEnabled", "HealthCheckPath",
        "HealthCheckIntervalSeconds", "HealthCheckTimeoutSeconds", "HealthyThresholdCount", "UnhealthyThresholdCount", "Matcher", "TargetType", "IpAddressType", "Tags",
    ];

    private static readonly string[] ListenerMembers = ["LoadBalancerArn", "Protocol", "Port", "SslPolicy", "Certificates", "DefaultActions"];

    private static readonly string[] RuleMembers = ["ListenerArn", "Priority", "Conditions", "Actions"];

    public static void LoadBalancer(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var balancer = call.Key ?? CloudFormationExporter.LogicalId(Text(body, "Name"), "LoadBalancer");
        template.AddResource(balancer, "AWS::ElasticLoadBalancingV2::LoadBalancer", Copy(body, LoadBalancerMembers));
        template.DeclareOutput(balancer, "Arn", "Ref");
        template.DeclareOutput(balancer, "DnsName", "DNSName");
        // app/name/id, the load balancer's part of an ALB request-count resource label.
        template.DeclareOutput(balancer, CloudFormationTemplate.Named("Arn", "app/"), "LoadBalancerFullName");
        template.DeclareOutputAsParameter(balancer, "VpcId", "AWS::EC2::VPC::Id", "The VPC of the load balancer's subnets (its target groups live there).");
    }

    public static void TargetGroup(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var group = call.Key ?? CloudFormationExporter.LogicalId(Text(body, "Name"), "TargetGroup");
        template.AddResource(group, "AWS::ElasticLoadBalancingV2::TargetGroup", Copy(body, TargetGroupMembers));
        template.DeclareOutput(group, "Arn", "Ref");
        template.DeclareOutput(group, CloudFormationTemplate.Named("Arn", "targetgroup/"), "TargetGroupFullName");
    }

    public static void Listener(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var listener = call.Key ?? "Listener" + Text(body, "Port");
        template.AddResource(listener, "AWS::ElasticLoadBalancingV2::Listener", Copy(body, ListenerMembers));
        template.DeclareOutput(listener, "Arn", "Ref");
    }

    public static void Rule(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var rule = call.Key ?? "Rule" + Text(body, "Priority");
        template.AddResource(rule, "AWS::ElasticLoadBalancingV2::ListenerRule", Copy(body, RuleMembers));
        template.DeclareOutput(rule, "Arn", "Ref");
    }

    internal static JsonObject Copy(JsonObject body, IEnumerable<string> members)
    {
        var properties = new JsonObject();
        foreach (var member in members)
        {
            if (body[member] is { } value)
            {
                properties[member] = value.DeepClone();
            }
        }

        return properties;
    }

    internal static string Text(JsonObject body, string member) => body[member]?.ToString() ?? "";
}
