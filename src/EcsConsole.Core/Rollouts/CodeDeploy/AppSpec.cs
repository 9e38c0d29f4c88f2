using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Rollouts.CodeDeploy;

/// <summary>Writes and reads the ECS AppSpec a CodeDeploy deployment carries inline.</summary>
public static class AppSpec
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The AppSpec (version 0.0, JSON) that moves the service to <paramref name="revision"/>.</summary>
    public static string Build(CodeDeployRevision revision)
    {
        var document = new JsonObject
        {
            ["version"] = "0.0",
            ["Resources"] = new JsonArray(new JsonObject
            {
                ["TargetService"] = new JsonObject
                {
                    ["Type"] = "AWS::ECS::Service",
                    ["Properties"] = new JsonObject
                    {
                        ["TaskDefinition"] = revision.TaskDefinitionArn,
                        ["LoadBalancerInfo"] = new JsonObject
                        {
                            ["ContainerName"] = revision.ContainerName,
                            ["ContainerPort"] = revision.ContainerPort,
                        },
                    },
                },
            }),
        };
        return document.ToJsonString(Indented);
    }

    /// <summary>Lower-case hex SHA-256 of the content, as CodeDeploy's <c>sha256</c> member expects.</summary>
    public static string Sha256(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>
    /// The task definition a JSON AppSpec deploys, or null when the content is not JSON (CodeDeploy also accepts YAML,
    /// which the console shows as text only) or names none.
    /// </summary>
    public static string? TaskDefinitionOf(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            var resources = JsonNode.Parse(content)?["Resources"] as JsonArray;
            return resources?
                .Select(r => r?["TargetService"]?["Properties"]?["TaskDefinition"])
                .OfType<JsonValue>()
                .Select(v => v.TryGetValue<string>(out var s) ? s : null)
                .FirstOrDefault(s => s is not null);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
