using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Testing;

/// <summary>Renders a model sample as an AWS Query XML response: OpResponse/OpResult plus ResponseMetadata.</summary>
public static class QuerySampleXml
{
    public static XDocument BuildResponse(ServiceModel model, string operation)
    {
        var op = model.Operation(operation);
        XNamespace ns = model.Metadata.XmlNamespace ?? "";
        var root = new XElement(ns + operation + "Response");
        if (op.OutputShape is { } output)
        {
            var result = new XElement(ns + (op.ResultWrapper ?? operation + "Result"));
            Fill(model, ns, result, model.Shape(output), ModelSampleBuilder.BuildJson(model, output));
            root.Add(result);
        }

        root.Add(new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", "00000000-0000-0000-0000-000000000001")));
        return new XDocument(root);
    }

    /// <summary>The EC2 form: OpResponse in the service namespace, requestId first, the output members straight inside.</summary>
    public static XDocument BuildEc2Response(ServiceModel model, string operation)
    {
        var op = model.Operation(operation);
        XNamespace ns = model.Metadata.XmlNamespace ?? "";
        var root = new XElement(ns + operation + "Response", new XElement(ns + "requestId", "00000000-0000-0000-0000-000000000001"));
        if (op.OutputShape is { } output)
        {
            Fill(model, ns, root, model.Shape(output), ModelSampleBuilder.BuildJson(model, output));
        }

        return new XDocument(root);
    }

    private static void Fill(ServiceModel model, XNamespace ns, XElement element, ShapeModel shape, JsonNode? value)
    {
        switch (shape.Type)
        {
            case "structure":
                foreach (var member in shape.Members.Values)
                {
                    if (value?[model.RecordName(member)] is not { } child)
                    {
                        continue;
                    }

                    var target = model.Shape(member.Shape);
                    if (target.Type is "list" && (target.Flattened || member.Flattened))
                    {
                        foreach (var item in child.AsArray())
                        {
                            var flat = new XElement(ns + member.WireName);
                            Fill(model, ns, flat, model.Shape(target.Member!.Shape), item);
                            element.Add(flat);
                        }

                        continue;
                    }

                    var childElement = new XElement(ns + member.WireName);
                    Fill(model, ns, childElement, target, child);
                    element.Add(childElement);
                }

                break;
            case "list":
                foreach (var item in value!.AsArray())
                {
                    var itemElement = new XElement(ns + (shape.Member!.LocationName ?? "member"));
                    Fill(model, ns, itemElement, model.Shape(shape.Member.Shape), item);
                    element.Add(itemElement);
                }

                break;
            case "map":
                foreach (var (key, item) in value!.AsObject())
                {
                    var valueElement = new XElement(ns + (shape.Value!.LocationName ?? "value"));
                    Fill(model, ns, valueElement, model.Shape(shape.Value.Shape), item);
                    element.Add(new XElement(ns + "entry", new XElement(ns + (shape.Key!.LocationName ?? "key"), key), valueElement));
                }

                break;
            case "timestamp":
                // Query speaks ISO 8601 unless the model says otherwise.
                var seconds = value!.GetValueKind() == JsonValueKind.Number ? value.GetValue<long>() : ModelSampleBuilder.SampleEpochSeconds;
                element.Value = DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                break;
            case "boolean":
                element.Value = value!.GetValue<bool>() ? "true" : "false";
                break;
            default:
                element.Value = value!.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
        }
    }
}
