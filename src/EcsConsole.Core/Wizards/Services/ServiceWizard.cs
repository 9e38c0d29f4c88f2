using System.Security.Cryptography;
using System.Text;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Clusters;

namespace EcsConsole.Core.Wizards.Services;

/// <summary>
/// The Service wizard: from validated input to the ordered calls that put a service in place. Order: [new ALB] → target
/// group [+ alternate] → [listener(s) of the new ALB] → listener rule(s) → [Cloud Map namespace] → [Cloud Map service] →
/// ECS CreateService (naming the target group, rules and registry by <c>${Key.Output}</c>) → [scalable target → target
/// tracking policy]. Keys and outputs (response paths, model member names):
/// <list type="bullet">
/// <item><c>LoadBalancer</c>: Arn = LoadBalancers[0].LoadBalancerArn, VpcId = LoadBalancers[0].VpcId, DnsName = LoadBalancers[0].DNSName</item>
/// <item><c>TargetGroup</c>, <c>AlternateTargetGroup</c>: Arn = TargetGroups[0].TargetGroupArn</item>
/// <item><c>Listener</c>, <c>TestListener</c>: Arn = Listeners[0].ListenerArn</item>
/// <item><c>ProductionRule</c>, <c>TestRule</c>: Arn = Rules[0].RuleArn</item>
/// <item><c>Namespace</c>: Id = <see cref="ServiceWizardCalls.NamespaceIdPath"/></item>
/// <item><c>DiscoveryService</c>: Arn = Service.Arn, Id = Service.Id</item>
/// <item><c>Service</c>: Arn = service.serviceArn, Name = service.serviceName</item>
/// <item><c>ScalingPolicy</c>: Arn = PolicyARN</item>
/// </list>
/// </summary>
public static class ServiceWizard
{
    public const string Id = "service";

    /// <summary>The plan, or the list of things to fix first (never both, never an exception for bad input).</summary>
    /// <param name="network">What EC2 holds in the chosen VPC: ids it does not know are refused (see <see cref="ServiceWizardValidator.Validate"/>).</param>
    public static (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) Plan(ServiceWizardInput input, VpcNetwork? network = null)
    {
        var errors = ServiceWizardValidator.Validate(input, network);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var calls = new List<PlannedCall>();
        var tags = WizardTags.Clean(input.Tags).Select(t => (t.Key, t.Value)).ToList();
        var lb = input.LoadBalancer;
        var name = input.ServiceName.Trim();
        var blueGreen = input.Deployment.Strategy != DeploymentStrategyKind.Rolling;
        string? targetGroup = null, alternate = null, productionRule = null, testRule = null, registry = null;
        if (lb.Choice != LoadBalancerChoice.None)
        {
            var vpc = lb.VpcId.Trim();
            if (lb.Choice == LoadBalancerChoice.NewAlb)
            {
                var groups = ServiceWizardValidator.Clean(lb.SecurityGroups);
                calls.Add(ServiceWizardCalls.LoadBalancer(lb, ServiceWizardValidator.Clean(input.Subnets), groups.Count > 0 ? groups : ServiceWizardValidator.Clean(input.SecurityGroups), tags));
                // The new ALB's own VPC unless one is given: CloudFormation cannot read a load balancer's VPC, so exports need it named.
                vpc = vpc.Length > 0 ? vpc : PlanReferences.Of("LoadBalancer", "VpcId");
            }

            calls.Add(ServiceWizardCalls.TargetGroup("TargetGroup", lb.TargetGroupName.Trim(), vpc, lb, tags));
            targetGroup = PlanReferences.Of("TargetGroup", "Arn");
            if (blueGreen)
            {
                calls.Add(ServiceWizardCalls.TargetGroup("AlternateTargetGroup", lb.AlternateTargetGroupName.Trim(), vpc, lb, tags));
                alternate = PlanReferences.Of("AlternateTargetGroup", "Arn");
            }

            string listener, testListener = "";
            if (lb.Choice == LoadBalancerChoice.NewAlb)
            {
                calls.Add(ServiceWizardCalls.Listener("Listener", lb.ListenerPort, tags));
                listener = PlanReferences.Of("Listener", "Arn");
                if (blueGreen && lb.TestListenerPort != 0)
                {
                    calls.Add(ServiceWizardCalls.Listener("TestListener", lb.TestListenerPort, tags));
                    testListener = PlanReferences.Of("TestListener", "Arn");
                }
            }
            else
            {
                listener = lb.ExistingListenerArn.Trim();
                testListener = blueGreen ? lb.ExistingTestListenerArn.Trim() : "";
            }

            calls.Add(ServiceWizardCalls.Rule("ProductionRule", listener, lb, targetGroup, alternate, name, tags));
            productionRule = PlanReferences.Of("ProductionRule", "Arn");
            if (testListener.Length > 0)
            {
                calls.Add(ServiceWizardCalls.Rule("TestRule", testListener, lb, targetGroup, alternate, name, tags));
                testRule = PlanReferences.Of("TestRule", "Arn");
            }
        }

        if (input.Discovery.Choice != DiscoveryChoice.None)
        {
            var discovery = input.Discovery;
            var namespaceId = discovery.NamespaceId.Trim();
            if (discovery.Choice == DiscoveryChoice.NewNamespace)
            {
                calls.Add(ServiceWizardCalls.Namespace(discovery, tags));
                namespaceId = PlanReferences.Of("Namespace", "Id");
            }

            calls.Add(ServiceWizardCalls.DiscoveryService(discovery, namespaceId, input.Cluster.Trim(), tags));
            registry = PlanReferences.Of("DiscoveryService", "Arn");
        }

        calls.Add(EcsService(input, targetGroup, alternate, productionRule, testRule, registry));
        if (input.Scaling.Enabled)
        {
            var resourceId = $"service/{input.Cluster.Trim()}/{PlanReferences.Of("Service", "Name")}";
            calls.Add(ServiceWizardCalls.ScalableTarget(resourceId, input.Scaling, tags, $"service/{input.Cluster.Trim()}/{name}"));
            calls.Add(ServiceWizardCalls.ScalingPolicy(resourceId, name, input.Scaling, input.Scaling.Metric == ScalingMetric.AlbRequestsPerTarget ? AlbResourceLabel(lb) : null));
        }

        var summary = $"service {name} on {input.Cluster.Trim()}"
            + (lb.Choice == LoadBalancerChoice.NewAlb ? $" behind new ALB {lb.LoadBalancerName.Trim()}" : lb.Choice == LoadBalancerChoice.ExistingAlb ? " behind an existing ALB" : "")
            + (input.Discovery.Choice != DiscoveryChoice.None ? ", Cloud Map" : "")
            + (input.Scaling.Enabled ? $", scaling {input.Scaling.MinCapacity}-{input.Scaling.MaxCapacity}" : "");
        return (new WizardPlan(Id, summary, calls), []);
    }

    private static PlannedCall EcsService(ServiceWizardInput input, string? targetGroup, string? alternate, string? productionRule, string? testRule, string? registry)
    {
        var lb = input.LoadBalancer;
        var name = input.ServiceName.Trim();
        var cluster = input.Cluster.Trim();
        var request = new CreateServiceRequest
        {
            Cluster = cluster,
            ServiceName = name,
            TaskDefinition = input.TaskDefinition.Trim(),
            DesiredCount = input.DesiredCount,
            LaunchType = input.Compute == ComputeChoice.LaunchType ? input.LaunchType : null,
            CapacityProviderStrategy = input.Compute == ComputeChoice.CapacityProviders
                ? input.CapacityProviders.Select(p => new CapacityProviderStrategyItem { CapacityProvider = p.CapacityProvider.Trim(), Weight = p.Weight, Base = p.Base }).ToList()
                : null,
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration
                {
                    Subnets = ServiceWizardValidator.Clean(input.Subnets),
                    SecurityGroups = ServiceWizardValidator.Clean(input.SecurityGroups) is { Count: > 0 } groups ? groups : null,
                    AssignPublicIp = input.AssignPublicIp ? "ENABLED" : "DISABLED",
                },
            },
            LoadBalancers = targetGroup is null ? null :
            [
                new LoadBalancer
                {
                    TargetGroupArn = targetGroup,
                    ContainerName = lb.ContainerName.Trim(),
                    ContainerPort = lb.ContainerPort,
                    AdvancedConfiguration = alternate is null ? null : new AdvancedConfiguration
                    {
                        AlternateTargetGroupArn = alternate,
                        ProductionListenerRule = productionRule,
                        TestListenerRule = testRule,
                        RoleArn = lb.InfrastructureRoleArn.Trim(),
                    },
                },
            ],
            ServiceRegistries = registry is null ? null : [new ServiceRegistry { RegistryArn = registry }],
            HealthCheckGracePeriodSeconds = targetGroup is null ? null : input.HealthCheckGracePeriodSeconds,
            DeploymentConfiguration = Deployment(input.Deployment),
            DeploymentController = new DeploymentController { Type = "ECS" },
            EnableEcsManagedTags = true,
            PropagateTags = "SERVICE",
            Tags = WizardTags.Clean(input.Tags).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
        };

        // The same input always yields the same token, so a create retried after a lost answer returns the first service.
        request = request with { ClientToken = ClientToken(ServiceWizardCalls.Json(request)) };
        return new PlannedCall("ecs", "CreateService", ServiceWizardCalls.Json(request), $"ECS service {name} on {cluster}",
            new UndoCall("DeleteService", ServiceWizardCalls.Json(new DeleteServiceRequest { Cluster = cluster, Service = name, Force = true })),
            $"DescribeServices {cluster}/{name} (ACTIVE or DRAINING)")
        {
            Key = "Service",
            Outputs = new Dictionary<string, string> { ["Arn"] = "service.serviceArn", ["Name"] = "service.serviceName" },
            Lookup = new CallLookup("DescribeServices", ServiceWizardCalls.Json(new DescribeServicesRequest { Cluster = cluster, Services = [name] }),
                // Only a live service counts: DescribeServices also answers with a deleted (INACTIVE) one of that name.
                new Dictionary<string, string> { ["Arn"] = "services[?status=='ACTIVE'] | [0].serviceArn", ["Name"] = "services[?status=='ACTIVE'] | [0].serviceName" }),
        };
    }

    private static DeploymentConfiguration Deployment(DeploymentStrategySettings settings)
    {
        var configuration = StrategyWireMapping.ToDeploymentConfiguration(settings);

        // A new service has no hooks to clear: leave the list out rather than send an empty one.
        return configuration.LifecycleHooks is { Count: 0 } ? configuration with { LifecycleHooks = null } : configuration;
    }

    /// <summary>36 characters at most (ECS's limit): a hash of the request without its token.</summary>
    private static string ClientToken(string body) => "ecsconsole-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..24];

    /// <summary>
    /// The ALB request-count metric's resource label, <c>app/lb-name/lb-id/targetgroup/tg-name/tg-id</c>: from the new load
    /// balancer's ARN, or the existing listener's (<c>…:listener/app/lb-name/lb-id/listener-id</c>), and the target group's.
    /// </summary>
    internal static string AlbResourceLabel(ServiceLoadBalancerInput lb)
    {
        var balancer = PlanReferences.From("LoadBalancer", "Arn", "app/");
        if (lb.Choice == LoadBalancerChoice.ExistingAlb)
        {
            var listener = lb.ExistingListenerArn.Trim();
            var from = listener.IndexOf("listener/", StringComparison.Ordinal);
            var last = listener.LastIndexOf('/');
            balancer = from >= 0 && last > from + "listener/".Length ? listener[(from + "listener/".Length)..last] : listener;
        }

        return $"{balancer}/{PlanReferences.From("TargetGroup", "Arn", "targetgroup/")}";
    }
}
