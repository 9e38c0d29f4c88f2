using EcsConsole.Sandbox.Accounts;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Protocol;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// Every operation the sandbox implements, as "service:Operation". Found by reflecting over the sandbox's public
/// <see cref="JsonApi"/> and <see cref="QueryApi"/> types and asking each for its operation names, so a newly added
/// operation or API shows up here without editing the tests.
/// </summary>
internal static class SandboxOperationCatalog
{
    // JSON services are known by X-Amz-Target prefix, Query services by signing name.
    private static readonly Dictionary<string, string> ServiceByWireName = new(StringComparer.Ordinal)
    {
        ["AmazonEC2ContainerServiceV20141113"] = "ecs",
        ["AmazonEC2ContainerRegistry_V20150921"] = "ecr",
        ["Logs_20140328"] = "logs",
        ["AnyScaleFrontendService"] = "application-autoscaling",
        ["CodeDeploy_20141006"] = "codedeploy",
        ["Route53AutoNaming_v20170314"] = "servicediscovery",
        ["secretsmanager"] = "secretsmanager",
        ["GraniteServiceVersion20100801"] = "cloudwatch",
        ["sts"] = "sts",
        ["iam"] = "iam",
        ["elasticloadbalancing"] = "elbv2",
        ["autoscaling"] = "autoscaling",
        ["ec2"] = "ec2",
        ["AmazonSSM"] = "ssm",
    };

    public static IReadOnlyList<string> Discover(SandboxEngine engine)
    {
        var result = new List<string>();
        foreach (var type in typeof(JsonApi).Assembly.GetExportedTypes().Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(JsonApi)) || t.IsSubclassOf(typeof(QueryApi)))))
        {
            var api = Create(type, engine);
            var (wireName, operations) = api switch
            {
                JsonApi json => (json.TargetPrefix, json.OperationNames),
                QueryApi query => (query.SigningName, query.OperationNames),
                _ => throw new InvalidOperationException(type.Name),
            };
            var service = ServiceByWireName.GetValueOrDefault(wireName)
                ?? throw new InvalidOperationException($"{type.Name} speaks '{wireName}', which has no model mapping in {nameof(SandboxOperationCatalog)}.");
            result.AddRange(operations.Select(o => $"{service}:{o}"));
        }

        return result.Order(StringComparer.Ordinal).ToList();
    }

    private static object Create(Type type, SandboxEngine engine)
    {
        var available = new object[] { engine, engine.Arns, engine.Options, engine.TimeProvider, new SandboxAccounts(new SandboxAccount(engine), [], engine.TimeProvider) };
        var constructor = type.GetConstructors().Single();
        var arguments = constructor.GetParameters()
            .Select(p => available.FirstOrDefault(p.ParameterType.IsInstanceOfType)
                ?? throw new InvalidOperationException($"{type.Name} needs a {p.ParameterType.Name}; teach {nameof(SandboxOperationCatalog)} to supply it."))
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
