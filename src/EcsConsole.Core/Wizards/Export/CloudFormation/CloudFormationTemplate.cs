using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>The template being built: resources, outputs, and how each plan output reads in CloudFormation.</summary>
public sealed class CloudFormationTemplate
{
    private readonly JsonObject _resources = new();
    private readonly JsonObject _outputs = new();
    private readonly JsonObject _parameters = new();
    private const string ParameterPrefix = "Parameter:";
    private readonly Dictionary<(string Key, string Output), string> _expressions = [];
    private readonly List<string> _omitted = [];

    /// <summary>Adds a resource; the logical id must be new.</summary>
    public JsonObject AddResource(string logicalId, string type, JsonObject properties)
    {
        if (_resources.ContainsKey(logicalId))
        {
            throw new InvalidOperationException($"The template has a resource {logicalId} already.");
        }

        var resource = new JsonObject { ["Type"] = type, ["Properties"] = properties };
        _resources[logicalId] = resource;
        return resource;
    }

    /// <summary>An earlier resource, to amend (a policy on a role, a role in an instance profile); null if there is none.</summary>
    public JsonObject? Resource(string logicalId) => _resources[logicalId] as JsonObject;

    /// <summary>The resources of a type, with their logical ids.</summary>
    public IEnumerable<(string LogicalId, JsonObject Resource)> ResourcesOfType(string type) =>
        _resources.Where(r => r.Value?["Type"]?.GetValue<string>() == type).Select(r => (r.Key, r.Value!.AsObject()));

    /// <summary>
    /// How the plan output <c>${key.output}</c> reads in CloudFormation: <c>"Ref"</c>, or the <c>Fn::GetAtt</c> attribute
    /// name. Also listed in the template's Outputs.
    /// </summary>
    public void DeclareOutput(string key, string output, string refOrAttribute)
    {
        _expressions[(key, output)] = refOrAttribute;
        // A part of an output (Arn@app/) is an expression for references only, not a listed output (ids are alphanumeric).
        if (output.All(char.IsAsciiLetterOrDigit))
        {
            _outputs[key + output] = new JsonObject { ["Value"] = Expression(key, refOrAttribute) };
        }
    }

    /// <summary>
    /// For an output CloudFormation has no attribute for (a load balancer's VPC): the template takes it as a parameter
    /// of the given type, which whoever deploys the template fills in.
    /// </summary>
    public void DeclareOutputAsParameter(string key, string output, string parameterType, string description)
    {
        var name = key + output;
        _parameters[name] = new JsonObject { ["Type"] = parameterType, ["Description"] = description };
        _expressions[(key, output)] = ParameterPrefix + name;
    }

    /// <summary>A call with no CloudFormation equivalent, named in the template's description.</summary>
    public void Omit(PlannedCall call) => _omitted.Add($"{call.Action} ({call.Creates})");

    /// <summary>The body with every reference to a declared output written as Ref / Fn::GetAtt / Fn::Sub.</summary>
    internal JsonObject WithExpressions(JsonObject body, IReadOnlySet<string> keys) => (JsonObject)Rewrite(body, keys)!;

    internal string ToJson(WizardPlan plan)
    {
        var description = new StringBuilder($"{plan.Summary} (exported by EcsConsole, {plan.Wizard} wizard)");
        if (_omitted.Count > 0)
        {
            description.Append(". Not expressible in CloudFormation, left out: ").Append(string.Join("; ", _omitted));
        }

        var template = new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Description"] = description.Length > 1024 ? description.ToString(0, 1021) + "..." : description.ToString(),
            ["Resources"] = _resources,
            ["Outputs"] = _outputs,
        };
        if (_parameters.Count > 0)
        {
            template.Insert(2, "Parameters", _parameters);
        }

        return template.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Expression(string key, string refOrAttribute) =>
        refOrAttribute == "Ref" ? new JsonObject { ["Ref"] = key }
        : refOrAttribute.StartsWith(ParameterPrefix, StringComparison.Ordinal) ? new JsonObject { ["Ref"] = refOrAttribute[ParameterPrefix.Length..] }
        : new JsonObject { ["Fn::GetAtt"] = new JsonArray(key, refOrAttribute) };

    private JsonNode? Rewrite(JsonNode? node, IReadOnlySet<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Rewrite(value, keys);
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => Rewrite(item, keys)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                var parts = PlanReferences.SplitWithMarkers(text, keys);
                if (parts.All(p => p.Key is null))
                {
                    return JsonValue.Create(text);
                }

                if (parts is [{ Key: { } only, Output: { } output, Marker: var marker }])
                {
                    return Expression(only, Attribute(only, Named(output, marker)));
                }

                // Embedded: Fn::Sub reads ${Key} as Ref and ${Key.Attr} as GetAtt; literal "${" is written "${!".
                var sub = string.Concat(parts.Select(p => p.Key is null
                    ? p.Text.Replace("${", "${!", StringComparison.Ordinal)
                    : Attribute(p.Key, Named(p.Output!, p.Marker)) switch
                    {
                        "Ref" => $"${{{p.Key}}}",
                        var parameter when parameter.StartsWith(ParameterPrefix, StringComparison.Ordinal) => $"${{{parameter[ParameterPrefix.Length..]}}}",
                        var attribute => $"${{{p.Key}.{attribute}}}",
                    }));
                return new JsonObject { ["Fn::Sub"] = sub };
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>How a mapper names the part of an output from a marker on: <c>Arn@app/</c>.</summary>
    public static string Named(string output, string? marker) => marker is null ? output : $"{output}@{marker}";

    private string Attribute(string key, string output) =>
        _expressions.TryGetValue((key, output), out var attribute)
            ? attribute
            : throw new InvalidOperationException($"The template does not say how {PlanReferences.Of(key, output)} reads in CloudFormation; the mapper of {key} must declare it.");
}
