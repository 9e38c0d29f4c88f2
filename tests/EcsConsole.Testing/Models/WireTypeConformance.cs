using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EcsConsole.Testing;

/// <summary>
/// Compares a .NET wire record with its model shape, statically: every JSON property the serializer would
/// read or write must be a member of the shape (exact name) and have a compatible .NET type, all the way down.
/// A misspelt property otherwise stays silently null forever, which no round trip can reveal.
/// </summary>
public static class WireTypeConformance
{
    public static IReadOnlyList<string> Check(ServiceModel model, Type type, string shapeName, JsonSerializerOptions options)
    {
        var errors = new List<string>();
        Walk(model, type, shapeName, options, type.Name, errors, []);
        return errors;
    }

    private static void Walk(ServiceModel model, Type type, string shapeName, JsonSerializerOptions options, string path, List<string> errors, HashSet<(Type, string)> visited)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!model.Shapes.TryGetValue(shapeName, out var shape))
        {
            errors.Add($"{path}: shape '{shapeName}' is missing from the model");
            return;
        }

        if (!visited.Add((type, shapeName)))
        {
            return;
        }

        if (shape.IsDocument)
        {
            if (type != typeof(JsonElement) && !typeof(JsonNode).IsAssignableFrom(type) && type != typeof(object))
            {
                errors.Add($"{path}: document {shapeName} needs JsonElement/JsonNode, not {type.Name}");
            }

            return;
        }

        switch (shape.Type)
        {
            case "structure":
                WalkStructure(model, type, shape, options, path, errors, visited);
                break;
            case "list":
                if (ElementType(type) is not { } element)
                {
                    errors.Add($"{path}: list {shapeName} needs a collection type, not {type.Name}");
                    return;
                }

                Walk(model, element, shape.Member!.Shape, options, path + "[]", errors, visited);
                break;
            case "map":
                if (DictionaryValueType(type) is not { } value)
                {
                    errors.Add($"{path}: map {shapeName} needs a string-keyed dictionary, not {type.Name}");
                    return;
                }

                Walk(model, value, shape.Value!.Shape, options, path + "{}", errors, visited);
                break;
            default:
                if (!ScalarFits(shape, type))
                {
                    errors.Add($"{path}: {shape.Type} {shapeName} cannot be held in {type.Name}");
                }

                break;
        }
    }

    private static void WalkStructure(ServiceModel model, Type type, ShapeModel shape, JsonSerializerOptions options, string path, List<string> errors, HashSet<(Type, string)> visited)
    {
        if (type.IsPrimitive || type == typeof(string) || ElementType(type) is not null)
        {
            errors.Add($"{path}: structure {shape.Name} cannot be held in {type.Name}");
            return;
        }

        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            errors.Add($"{path}: structure {shape.Name} needs an object type, not {type.Name}");
            return;
        }

        var byWireName = shape.Members.Values.ToDictionary(model.RecordName, StringComparer.Ordinal);
        foreach (var property in info.Properties)
        {
            var propertyPath = $"{path}.{property.Name}";
            if (!byWireName.TryGetValue(property.Name, out var member))
            {
                var nearly = byWireName.Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                errors.Add(nearly is null
                    ? $"{propertyPath}: '{property.Name}' is not a member of {shape.Name}"
                    : $"{propertyPath}: '{property.Name}' is not a member of {shape.Name} (wrong case? the model says '{nearly}')");
                continue;
            }

            Walk(model, property.PropertyType, member.Shape, options, propertyPath, errors, visited);
        }
    }

    private static bool ScalarFits(ShapeModel shape, Type type) => shape.Type switch
    {
        // Enums may be C# enums with a string converter; anything else string-like is a string.
        "string" => type == typeof(string) || type.IsEnum,
        "integer" => type == typeof(int) || type == typeof(long),
        "long" => type == typeof(long),
        "short" or "byte" => type == typeof(int) || type == typeof(long) || type == typeof(short),
        "float" or "double" => type == typeof(double) || type == typeof(float) || type == typeof(decimal),
        "boolean" => type == typeof(bool),
        "timestamp" => type == typeof(DateTimeOffset) || type == typeof(DateTime),
        "blob" => type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) || type == typeof(string),
        _ => false,
    };

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || DictionaryValueType(type) is not null)
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return EnumerableInterfaces(type)
            .FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = EnumerableInterfaces(type).FirstOrDefault(i =>
            (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            && i.GetGenericArguments()[0] == typeof(string));
        return dictionary?.GetGenericArguments()[1];
    }

    private static IEnumerable<Type> EnumerableInterfaces(Type type) =>
        (type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces()).Where(i => i.IsGenericType);
}
