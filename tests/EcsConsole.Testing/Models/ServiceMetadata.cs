using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>The <c>metadata</c> block of a service model.</summary>
public sealed record ServiceMetadata(
    string Protocol,
    string? TargetPrefix,
    string? JsonVersion,
    string ApiVersion,
    string SigningName,
    string EndpointPrefix,
    string? XmlNamespace)
{
    /// <summary>The Content-Type of awsJson requests, e.g. application/x-amz-json-1.1.</summary>
    public string? JsonContentType => JsonVersion is null ? null : $"application/x-amz-json-{JsonVersion}";

    internal static ServiceMetadata Parse(JsonNode node)
    {
        string? Text(string name) => node[name]?.GetValue<string>();
        var endpointPrefix = Text("endpointPrefix") ?? "";

        // Services without signingName sign with their endpoint prefix (e.g. sts, iam).
        return new ServiceMetadata(
            SpokenProtocol(Text("protocol") ?? "", node["protocols"]?.AsArray().Select(p => p?.GetValue<string>() ?? "")),
            Text("targetPrefix"),
            Text("jsonVersion"),
            Text("apiVersion") ?? "",
            Text("signingName") ?? endpointPrefix,
            endpointPrefix,
            Text("xmlNamespace"));
    }

    // A model may list a protocol first that clients need not speak (CloudWatch: smithy-rpc-v2-cbor, then json, query);
    // the console speaks the first of the AWS JSON and Query protocols the model lists.
    private static string SpokenProtocol(string protocol, IEnumerable<string>? protocols) =>
        protocol is "json" or "query" or "ec2" || protocols is null
            ? protocol
            : protocols.FirstOrDefault(p => p is "json" or "query") ?? protocol;
}
