using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Json;

namespace EcsConsole.Core.Wizards;

/// <summary>Planned bodies read into the AWS clients' request records, and their responses written back for the runner's outputs.</summary>
internal static class WizardCallJson
{
    public static T Body<T>(string json, string operation) =>
        JsonSerializer.Deserialize<T>(json, AwsJsonSerializer.Options) ?? throw new InvalidOperationException($"The planned {operation} body is not a {typeof(T).Name}.");

    public static JsonNode? Node<T>(T response) => JsonSerializer.SerializeToNode(response, AwsJsonSerializer.Options);
}
