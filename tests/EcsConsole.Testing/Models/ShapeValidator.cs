using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Testing;

/// <summary>Static façade over the <see cref="ServiceModel"/> validation methods.</summary>
public static class ShapeValidator
{
    public static IReadOnlyList<string> ValidateJsonInput(ServiceModel model, string operation, JsonNode? body) =>
        model.ValidateJsonInput(operation, body);

    public static IReadOnlyList<string> ValidateMemberJsonInput(ServiceModel model, string operation, JsonNode? body) =>
        model.ValidateMemberJsonInput(operation, body);

    public static IReadOnlyList<string> ValidateJsonOutput(ServiceModel model, string operation, JsonNode? body) =>
        model.ValidateJsonOutput(operation, body);

    public static IReadOnlyList<string> ValidateJsonError(ServiceModel model, string operation, JsonNode? body) =>
        model.ValidateJsonError(operation, body);

    public static IReadOnlyList<string> ValidateQueryInput(ServiceModel model, string operation, IReadOnlyDictionary<string, string> formParams) =>
        model.ValidateQueryInput(operation, formParams);

    public static IReadOnlyList<string> ValidateQueryOutputXml(ServiceModel model, string operation, XDocument xml) =>
        model.ValidateQueryOutputXml(operation, xml);

    public static IReadOnlyList<string> ValidateQueryErrorXml(ServiceModel model, string operation, XDocument xml) =>
        model.ValidateQueryErrorXml(operation, xml);
}
