using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>
/// Checks a JSON body (awsJson 1.0/1.1) against a shape tree and collects violations with JSON paths.
/// Responses may carry nulls and <c>__type</c> members that clients must ignore (botocore's vectors say so);
/// requests may not.
/// </summary>
/// <param name="memberNames">
/// Read members by their model names, as the AWS CLI's JSON input and the wizards' planned bodies name them, rather than
/// by their wire names (which differ where a member has a locationName, as in EC2).
/// </param>
internal sealed class JsonShapeWalker(ServiceModel model, bool isResponse, bool memberNames = false)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Walk(string path, string shapeName, JsonNode? node, MemberModel? reference = null)
    {
        if (!model.Shapes.TryGetValue(shapeName, out var shape))
        {
            _errors.Add($"{path}: shape '{shapeName}' is missing from the model");
            return;
        }

        if (shape.IsDocument)
        {
            return;
        }

        if (node is null && isResponse)
        {
            return;
        }

        if (node is null)
        {
            _errors.Add($"{path}: null is not a {shape.Type} (omit the member instead)");
            return;
        }

        switch (shape.Type)
        {
            case "structure":
                WalkStructure(path, shape, node);
                break;
            case "list":
                WalkList(path, shape, node);
                break;
            case "map":
                WalkMap(path, shape, node);
                break;
            default:
                WalkScalar(path, shape, node, reference);
                break;
        }
    }

    private void WalkStructure(string path, ShapeModel shape, JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            _errors.Add($"{path}: expected an object for {shape.Name}, got {Kind(node)}");
            return;
        }

        var byWireName = shape.Members.Values
            .Where(m => !m.IsOutsideBody)
            .ToDictionary(m => memberNames ? m.Name : m.WireName, StringComparer.Ordinal);
        foreach (var (name, value) in obj)
        {
            if (isResponse && name == "__type")
            {
                continue;
            }

            if (byWireName.TryGetValue(name, out var member))
            {
                Walk($"{path}.{name}", member.Shape, value, member);
                continue;
            }

            var nearly = byWireName.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            _errors.Add(nearly is null
                ? $"{path}.{name}: '{name}' is not a member of {shape.Name}"
                : $"{path}.{name}: '{name}' is not a member of {shape.Name} (wrong case? the model says '{nearly}')");
        }

        foreach (var required in shape.Required)
        {
            if (shape.Members.TryGetValue(required, out var member) && !member.IsOutsideBody && obj[memberNames ? member.Name : member.WireName] is null)
            {
                _errors.Add($"{path}.{(memberNames ? member.Name : member.WireName)}: required member of {shape.Name} is missing");
            }
        }

        var set = obj.Count(p => p.Value is not null && p.Key != "__type");
        if (shape.IsUnion && set != 1)
        {
            _errors.Add($"{path}: union {shape.Name} must have exactly one member set, has {set}");
        }
    }

    private void WalkList(string path, ShapeModel shape, JsonNode node)
    {
        if (node is not JsonArray array)
        {
            _errors.Add($"{path}: expected an array for {shape.Name}, got {Kind(node)}");
            return;
        }

        ScalarRules.CheckCount(path, shape, array.Count, _errors);
        for (var i = 0; i < array.Count; i++)
        {
            Walk($"{path}[{i}]", shape.Member!.Shape, array[i], shape.Member);
        }
    }

    private void WalkMap(string path, ShapeModel shape, JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            _errors.Add($"{path}: expected an object (map) for {shape.Name}, got {Kind(node)}");
            return;
        }

        ScalarRules.CheckCount(path, shape, obj.Count, _errors);
        foreach (var (key, value) in obj)
        {
            var entryPath = $"{path}['{key}']";
            if (model.Shapes.TryGetValue(shape.Key!.Shape, out var keyShape))
            {
                ScalarRules.CheckString(entryPath + " (key)", keyShape, key, _errors);
            }

            Walk(entryPath, shape.Value!.Shape, value, shape.Value);
        }
    }

    private void WalkScalar(string path, ShapeModel shape, JsonNode node, MemberModel? reference)
    {
        var kind = node.GetValueKind();
        switch (shape.Type)
        {
            case "string":
                if (kind != JsonValueKind.String)
                {
                    _errors.Add($"{path}: expected a string for {shape.Name}, got {Kind(node)}");
                    return;
                }

                ScalarRules.CheckString(path, shape, node.GetValue<string>(), _errors);
                return;
            case "integer" or "long" or "short" or "byte":
                if (kind != JsonValueKind.Number || !decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var integral) || decimal.Truncate(integral) != integral)
                {
                    _errors.Add($"{path}: expected an integral number for {shape.Name}, got {Kind(node)} {node.ToJsonString()}");
                    return;
                }

                ScalarRules.CheckRange(path, shape, integral, _errors);
                return;
            case "float" or "double":
                // awsJson sends non-finite values as the strings NaN, Infinity and -Infinity.
                if (kind != JsonValueKind.Number && !(kind == JsonValueKind.String && node.GetValue<string>() is "NaN" or "Infinity" or "-Infinity"))
                {
                    _errors.Add($"{path}: expected a number for {shape.Name}, got {Kind(node)}");
                }

                return;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    _errors.Add($"{path}: expected a boolean for {shape.Name}, got {Kind(node)}");
                }

                return;
            case "timestamp":
                CheckTimestamp(path, shape, node, reference);
                return;
            case "blob":
                if (kind != JsonValueKind.String || !ScalarRules.IsBase64(node.GetValue<string>()))
                {
                    _errors.Add($"{path}: expected a base64 string for blob {shape.Name}, got {Kind(node)}");
                }

                return;
            default:
                _errors.Add($"{path}: shape type '{shape.Type}' of {shape.Name} is not supported by the validator");
                return;
        }
    }

    private void CheckTimestamp(string path, ShapeModel shape, JsonNode node, MemberModel? reference)
    {
        var format = reference?.TimestampFormat ?? shape.TimestampFormat ?? "unixTimestamp";
        var kind = node.GetValueKind();
        var valid = format switch
        {
            "iso8601" => kind == JsonValueKind.String && ScalarRules.IsIso8601(node.GetValue<string>()),
            "rfc822" => kind == JsonValueKind.String && ScalarRules.IsHttpDate(node.GetValue<string>()),
            _ => kind == JsonValueKind.Number,
        };
        if (!valid)
        {
            _errors.Add($"{path}: expected a {format} timestamp for {shape.Name}, got {Kind(node)} {node.ToJsonString()}");
        }
    }

    private static string Kind(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
}
