using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>A botocore service model (service-2.json): metadata, operations and shapes.</summary>
public sealed partial class ServiceModel
{
    private ServiceModel(ServiceMetadata metadata, IReadOnlyDictionary<string, OperationModel> operations, IReadOnlyDictionary<string, ShapeModel> shapes)
    {
        Metadata = metadata;
        Operations = operations;
        Shapes = shapes;
    }

    public ServiceMetadata Metadata { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    public IReadOnlyDictionary<string, ShapeModel> Shapes { get; }

    /// <summary>Loads the newest model of a service from <see cref="AwsModelLocator"/>, e.g. "ecs".</summary>
    public static ServiceModel Load(string service) => Parse(AwsModelLocator.LoadServiceModel(service));

    /// <summary>Builds a model from service-2.json content (also the inline models of the protocol tests).</summary>
    public static ServiceModel Parse(JsonNode root)
    {
        var metadata = ServiceMetadata.Parse(root["metadata"] ?? new JsonObject());
        var shapes = (root["shapes"]?.AsObject() ?? [])
            .ToDictionary(p => p.Key, p => ShapeModel.Parse(p.Key, p.Value!), StringComparer.Ordinal);
        var operations = (root["operations"]?.AsObject() ?? [])
            .ToDictionary(p => p.Key, p => OperationModel.Parse(p.Value!), StringComparer.Ordinal);
        return new ServiceModel(metadata, operations, shapes);
    }

    public OperationModel Operation(string name) =>
        Operations.TryGetValue(name, out var operation)
            ? operation
            : throw new ArgumentException($"Operation '{name}' is not in the {Metadata.EndpointPrefix} model.", nameof(name));

    public ShapeModel Shape(string name) =>
        Shapes.TryGetValue(name, out var shape)
            ? shape
            : throw new ArgumentException($"Shape '{name}' is not in the {Metadata.EndpointPrefix} model.", nameof(name));

    /// <summary>
    /// The member's name in our JSON-form records and model samples: its wire name, except for EC2, whose locationNames are
    /// XML/query details the SDK owns, so records use the member names.
    /// </summary>
    public string RecordName(MemberModel member) => Metadata.Protocol == "ec2" ? member.Name : member.WireName;

    /// <summary>The wire error code of an exception shape: its <c>error.code</c>, else its name.</summary>
    public static string ErrorCode(ShapeModel shape) => shape.ErrorCode ?? shape.Name;
}
