using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>Trust (assume-role) policies for the ECS roles, and reading which services an existing one trusts.</summary>
public static class TrustPolicies
{
    public const string EcsTasks = "ecs-tasks.amazonaws.com";
    public const string Ec2 = "ec2.amazonaws.com";
    public const string Ecs = "ecs.amazonaws.com";

    public static string For(string servicePrincipal) => new JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject
        {
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Service"] = servicePrincipal },
            ["Action"] = "sts:AssumeRole",
        }),
    }.ToJsonString();

    /// <summary>The service principals allowed to assume the role; empty when the document cannot be read.</summary>
    public static IReadOnlySet<string> Principals(string document)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var statements = JsonNode.Parse(document)?["Statement"];
            foreach (var statement in statements is JsonArray array ? array : new JsonArray(statements?.DeepClone()))
            {
                if (statement?["Effect"]?.GetValue<string>() != "Allow")
                {
                    continue;
                }

                switch (statement["Principal"]?["Service"])
                {
                    case JsonArray list:
                        services.UnionWith(list.Select(s => s?.GetValue<string>()).OfType<string>());
                        break;
                    case JsonValue single:
                        services.Add(single.GetValue<string>());
                        break;
                }
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return services;
        }

        return services;
    }
}
