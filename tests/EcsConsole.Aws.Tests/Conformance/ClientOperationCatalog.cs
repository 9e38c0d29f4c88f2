using System.Reflection;
using EcsConsole.Aws;

namespace EcsConsole.Aws.Tests.Conformance;

/// <summary>
/// Every method of every public <c>I*Client</c> interface of EcsConsole.Aws, with the model service and operation
/// it calls. Discovered by reflection so a new client method is covered (or fails) without editing the tests.
/// </summary>
internal static class ClientOperationCatalog
{
    // Namespace of a client interface -> botocore service folder.
    private static readonly Dictionary<string, string> ServiceByNamespace = new(StringComparer.Ordinal)
    {
        ["EcsConsole.Aws.Ecs"] = "ecs",
        ["EcsConsole.Aws.Ecr"] = "ecr",
        ["EcsConsole.Aws.Sts"] = "sts",
        ["EcsConsole.Aws.Logs"] = "logs",
        ["EcsConsole.Aws.ApplicationAutoScaling"] = "application-autoscaling",
        ["EcsConsole.Aws.CodeDeploy"] = "codedeploy",
        ["EcsConsole.Aws.ServiceDiscovery"] = "servicediscovery",
        ["EcsConsole.Aws.SecretsManager"] = "secretsmanager",
        ["EcsConsole.Aws.CloudWatch"] = "cloudwatch",
        ["EcsConsole.Aws.Iam"] = "iam",
        ["EcsConsole.Aws.ElasticLoadBalancingV2"] = "elbv2",
        ["EcsConsole.Aws.ElasticLoadBalancing"] = "elbv2",
        ["EcsConsole.Aws.AutoScaling"] = "autoscaling",
        ["EcsConsole.Aws.Ec2"] = "ec2",
        ["EcsConsole.Aws.Ssm"] = "ssm",
    };

    public static IReadOnlyList<ClientOperation> All { get; } = Discover();

    public static ClientOperation Find(string id) => All.Single(o => o.Id == id);

    public static string? ServiceFor(Type type) => ServiceByNamespace.GetValueOrDefault(type.Namespace ?? "");

    private static List<ClientOperation> Discover() =>
        typeof(AwsConnection).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith('I') && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Select(m => new ClientOperation(t, m, ServiceFor(t), OperationName(m))))
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .ToList();

    private static string OperationName(MethodInfo method) =>
        method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name;
}

internal sealed record ClientOperation(Type Interface, MethodInfo Method, string? Service, string Operation)
{
    public string Id => $"{Interface.Name}.{Method.Name}";
}
