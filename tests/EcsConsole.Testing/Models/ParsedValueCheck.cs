using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EcsConsole.Testing;

/// <summary>
/// After a client parsed a fully populated response, every JSON property of the result record should hold a value.
/// A property left null means the client did not read that member (wrong name, wrong type, missing converter).
/// </summary>
public static class ParsedValueCheck
{
    public static IReadOnlyList<string> FindUnread(object? value, JsonSerializerOptions options, string path = "$")
    {
        var errors = new List<string>();
        if (value is null)
        {
            errors.Add($"{path}: nothing was parsed");
            return errors;
        }

        Walk(value.GetType(), JsonSerializer.SerializeToNode(value, value.GetType(), options), options, path, errors);
        return errors;
    }

    private static void Walk(Type type, JsonNode? node, JsonSerializerOptions options, string path, List<string> errors)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                foreach (var property in info.Properties)
                {
                    if (obj[property.Name] is { } child)
                    {
                        Walk(property.PropertyType, child, options, $"{path}.{property.Name}", errors);
                    }
                    else
                    {
                        errors.Add($"{path}.{property.Name}: not read from the response");
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                if (array.Count == 0)
                {
                    errors.Add($"{path}: the list came back empty");
                }

                var element = info.ElementType ?? typeof(object);
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(element, array[i], options, $"{path}[{i}]", errors);
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                if (map.Count == 0)
                {
                    errors.Add($"{path}: the map came back empty");
                }

                foreach (var (key, child) in map)
                {
                    Walk(info.ElementType ?? typeof(object), child, options, $"{path}['{key}']", errors);
                }

                break;
        }
    }
}
