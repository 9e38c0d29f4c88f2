using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>
/// Query layout of the Elastic Load Balancing v2 create and delete operations, transcribed from the model. The resource
/// shapes (load balancer, target group, action, rule) are the ones <see cref="Elbv2QueryShapes"/> reads for Describe*.
/// </summary>
internal static class Elbv2WriteQueryShapes
{
    public static readonly QueryShape Tag = QueryShape.Structure(
        new QueryMember("Key", QueryShape.String),
        new QueryMember("Value", QueryShape.String));

    public static readonly QueryShape CreateLoadBalancerInput = QueryShape.Structure(
        new QueryMember("Name", QueryShape.String),
        new QueryMember("Subnets", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("SecurityGroups", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Scheme", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)),
        new QueryMember("Type", QueryShape.String),
        new QueryMember("IpAddressType", QueryShape.String));

    public static readonly QueryShape CreateLoadBalancerOutput = QueryShape.Structure(
        new QueryMember("LoadBalancers", QueryShape.ListOf(Elbv2QueryShapes.LoadBalancer)));

    public static readonly QueryShape CreateTargetGroupInput = QueryShape.Structure(
        new QueryMember("Name", QueryShape.String),
        new QueryMember("Protocol", QueryShape.String),
        new QueryMember("ProtocolVersion", QueryShape.String),
        new QueryMember("Port", QueryShape.Integer),
        new QueryMember("VpcId", QueryShape.String),
        new QueryMember("HealthCheckProtocol", QueryShape.String),
        new QueryMember("HealthCheckPort", QueryShape.String),
        new QueryMember("HealthCheckEnabled", QueryShape.Boolean),
        new QueryMember("HealthCheckPath", QueryShape.String),
        new QueryMember("HealthCheckIntervalSeconds", QueryShape.Integer),
        new QueryMember("HealthCheckTimeoutSeconds", QueryShape.Integer),
        new QueryMember("HealthyThresholdCount", QueryShape.Integer),
        new QueryMember("UnhealthyThresholdCount", QueryShape.Integer),
        new QueryMember("Matcher", Elbv2QueryShapes.Matcher),
        new QueryMember("TargetType", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)),
        new QueryMember("IpAddressType", QueryShape.String));

    public static readonly QueryShape CreateTargetGroupOutput = QueryShape.Structure(
        new QueryMember("TargetGroups", QueryShape.ListOf(Elbv2QueryShapes.TargetGroup)));

    public static readonly QueryShape CreateListenerInput = QueryShape.Structure(
        new QueryMember("LoadBalancerArn", QueryShape.String),
        new QueryMember("Protocol", QueryShape.String),
        new QueryMember("Port", QueryShape.Integer),
        new QueryMember("SslPolicy", QueryShape.String),
        new QueryMember("Certificates", QueryShape.ListOf(Elbv2QueryShapes.Certificate)),
        new QueryMember("DefaultActions", QueryShape.ListOf(Elbv2QueryShapes.Action)),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape CreateListenerOutput = QueryShape.Structure(
        new QueryMember("Listeners", QueryShape.ListOf(Elbv2QueryShapes.Listener)));

    public static readonly QueryShape CreateRuleInput = QueryShape.Structure(
        new QueryMember("ListenerArn", QueryShape.String),
        new QueryMember("Conditions", QueryShape.ListOf(Elbv2QueryShapes.RuleCondition)),
        new QueryMember("Priority", QueryShape.Integer),
        new QueryMember("Actions", QueryShape.ListOf(Elbv2QueryShapes.Action)),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape CreateRuleOutput = QueryShape.Structure(
        new QueryMember("Rules", QueryShape.ListOf(Elbv2QueryShapes.Rule)));

    public static readonly QueryShape DeleteLoadBalancerInput = QueryShape.Structure(new QueryMember("LoadBalancerArn", QueryShape.String));

    public static readonly QueryShape DeleteTargetGroupInput = QueryShape.Structure(new QueryMember("TargetGroupArn", QueryShape.String));

    public static readonly QueryShape DeleteListenerInput = QueryShape.Structure(new QueryMember("ListenerArn", QueryShape.String));

    public static readonly QueryShape DeleteRuleInput = QueryShape.Structure(new QueryMember("RuleArn", QueryShape.String));

    public static readonly QueryShape NoOutput = QueryShape.Structure();
}
