using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EcsConsole.Aws.Json;

/// <summary>
/// Reads a response record so that one bad element costs only that element. The body is read once as usual; when that
/// fails, the element of a list or map nearest to the failure (by System.Text.Json's path) is left out of the document,
/// recorded as an <see cref="AwsReadIssue"/>, and the document is read again, until it reads. A failure outside every list
/// and map leaves out the member that failed (the response has no smaller unit to lose). Only a body that is not JSON,
/// one whose root is not an object, or one with more than <see cref="MaxSkippedElements"/> bad parts stays a
/// <see cref="JsonException"/>, which the clients turn into an UnreadableResponse error.
/// </summary>
internal static class AwsResponseReader
{
    /// <summary>More bad elements than this says the response is not what we think it is; it is then unreadable.</summary>
    public const int MaxSkippedElements = 100;

    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public static T Read<T>(byte[] body, string service, string operation, AwsReadIssueLog log)
    {
        var utf8 = body.Length == 0 ? EmptyObject : body;
        JsonException failure;
        try
        {
            return Deserialize<T>(utf8);
        }
        catch (JsonException exception)
        {
            failure = exception;
        }

        return ParseObject(utf8) is { } document ? Repair<T>(document, failure, service, operation, log) : throw failure;
    }

    /// <summary>Reads a document already in memory (the Query clients' XML, as JSON); it may be changed.</summary>
    public static T Read<T>(JsonObject document, string service, string operation, AwsReadIssueLog log)
    {
        try
        {
            return document.Deserialize<T>(AwsJsonSerializer.Options) ?? throw new JsonException("The response was empty.");
        }
        catch (JsonException failure)
        {
            return Repair<T>(document, failure, service, operation, log);
        }
    }

    /// <summary>"The response could not be read at tasks[1].lastStatus: Expected a string but found an object." for a person.</summary>
    public static string Describe(JsonException exception) => "The response could not be read" + Where(exception);

    // " at tasks[1].lastStatus: reason." or ": reason." when the failure has no path.
    private static string Where(JsonException exception)
    {
        var path = Relative(exception.Path);
        return path.Length == 0 ? $": {Reason(exception)}" : $" at {path}: {Reason(exception)}";
    }

    private static JsonObject? ParseObject(byte[] utf8)
    {
        try
        {
            return JsonNode.Parse(utf8) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T Deserialize<T>(byte[] utf8) =>
        JsonSerializer.Deserialize<T>(utf8, AwsJsonSerializer.Options) ?? throw new JsonException("The response body was JSON null.");

    private static T Repair<T>(JsonObject document, JsonException first, string service, string operation, AwsReadIssueLog log)
    {
        var issues = new List<AwsReadIssue>();
        var removed = new Dictionary<JsonArray, List<int>>(ReferenceEqualityComparer.Instance);
        var failure = first;
        while (true)
        {
            var element = Locate(document, typeof(T), failure.Path, removed);
            if (element is null || issues.Count >= MaxSkippedElements)
            {
                // The first failure explains best why nothing could be read.
                throw issues.Count == 0 ? failure : new JsonException(
                    $"{issues.Count} elements were left out (the first at {issues[0].Path}) and then reading failed{Where(failure)}", failure);
            }

            element.Remove(removed);
            issues.Add(new AwsReadIssue(service, operation, element.FailurePath, element.Path, element.CollectionPath, Reason(failure)));
            try
            {
                var result = document.Deserialize<T>(AwsJsonSerializer.Options) ?? throw new JsonException("The response was empty.");
                AwsReadIssues.Report(result, issues);
                log.Log(issues);
                return result;
            }
            catch (JsonException next)
            {
                failure = next;
            }
        }
    }

    /// <summary>Follows the failure's path through the document and the record types; the innermost list or map element on it.</summary>
    private static Element? Locate(JsonObject document, Type type, string? jsonPath, Dictionary<JsonArray, List<int>> removed)
    {
        if (jsonPath is null || !TryParse(jsonPath, out var segments))
        {
            return null;
        }

        JsonNode? node = document;
        var typeInfo = AwsJsonSerializer.Options.GetTypeInfo(type);
        var path = new StringBuilder();
        Element? innermost = null;
        Element? deepestMember = null;
        var walking = true;
        foreach (var segment in segments)
        {
            if (walking)
            {
                walking = Step(ref node, ref typeInfo, segment, path, removed, ref innermost, ref deepestMember);
                if (walking)
                {
                    continue;
                }
            }

            Append(path, segment.Name, segment.Index);
        }

        return (innermost ?? deepestMember) is { } element ? element with { FailurePath = path.ToString() } : null;
    }

    private static bool Step(
        ref JsonNode? node,
        ref JsonTypeInfo typeInfo,
        Segment segment,
        StringBuilder path,
        Dictionary<JsonArray, List<int>> removed,
        ref Element? innermost,
        ref Element? deepestMember)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object when segment.Name is { } name && node is JsonObject structure
                && typeInfo.Properties.FirstOrDefault(p => p.Name == name) is { } property
                && structure.TryGetPropertyValue(name, out var member):
                var parent = path.ToString();
                Append(path, name, null);
                if (innermost is null)
                {
                    deepestMember = new Element(structure, null, name, path.ToString(), parent, "");
                }

                node = member;
                typeInfo = AwsJsonSerializer.Options.GetTypeInfo(property.PropertyType);
                return true;
            case JsonTypeInfoKind.Enumerable when segment.Index is { } index && node is JsonArray list && index < list.Count:
                var collection = path.ToString();
                Append(path, null, OriginalIndex(list, index, removed));
                innermost = new Element(list, index, null, path.ToString(), collection, "");
                node = list[index];
                typeInfo = AwsJsonSerializer.Options.GetTypeInfo(typeInfo.ElementType!);
                return true;
            case JsonTypeInfoKind.Dictionary when segment.Name is { } key && node is JsonObject map && map.TryGetPropertyValue(key, out var value):
                var owner = path.ToString();
                Append(path, key, null);
                innermost = new Element(map, null, key, path.ToString(), owner, "");
                node = value;
                typeInfo = AwsJsonSerializer.Options.GetTypeInfo(typeInfo.ElementType!);
                return true;
            default:
                return false;
        }
    }

    // Indices in the document shift as elements are left out; reports use the indices of the response as received.
    private static int OriginalIndex(JsonArray list, int index, Dictionary<JsonArray, List<int>> removed)
    {
        var original = index;
        if (removed.TryGetValue(list, out var gone))
        {
            foreach (var earlier in gone.Order())
            {
                if (earlier <= original)
                {
                    original++;
                }
            }
        }

        return original;
    }

    private static void Append(StringBuilder path, string? name, int? index)
    {
        if (index is { } i)
        {
            path.Append('[').Append(i).Append(']');
        }
        else if (name is not null && name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '@' or '$'))
        {
            path.Append(path.Length == 0 ? "" : ".").Append(name);
        }
        else
        {
            path.Append("['").Append(name).Append("']");
        }
    }

    /// <summary>Parses System.Text.Json's path syntax: <c>$.name</c>, <c>$['name']</c>, <c>[3]</c>.</summary>
    private static bool TryParse(string jsonPath, out List<Segment> segments)
    {
        segments = [];
        if (!jsonPath.StartsWith('$'))
        {
            return false;
        }

        var i = 1;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? jsonPath.Length : end;
                segments.Add(new Segment(jsonPath[(i + 1)..end], null));
                i = end;
            }
            else if (jsonPath.AsSpan(i).StartsWith("['"))
            {
                var end = jsonPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                segments.Add(new Segment(jsonPath[(i + 2)..end], null));
                i = end + 2;
            }
            else if (jsonPath[i] == '[')
            {
                var end = jsonPath.IndexOf(']', i);
                if (end < 0 || !int.TryParse(jsonPath.AsSpan(i + 1, end - i - 1), out var index))
                {
                    return false;
                }

                segments.Add(new Segment(null, index));
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static string Relative(string? jsonPath) =>
        jsonPath is null or "$" ? "" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    // System.Text.Json appends " Path: $.x | LineNumber: 0 | BytePositionInLine: 9." to its own messages; the path is reported apart.
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = (suffix >= 0 ? message[..suffix] : message).Trim().TrimEnd('.');
        return reason.Length == 0 ? "It could not be read." : reason + ".";
    }

    private sealed record Segment(string? Name, int? Index);

    private sealed record Element(JsonNode Container, int? Index, string? Key, string Path, string CollectionPath, string FailurePath)
    {
        public void Remove(Dictionary<JsonArray, List<int>> removed)
        {
            if (Container is JsonArray list && Index is { } index)
            {
                if (!removed.TryGetValue(list, out var gone))
                {
                    removed[list] = gone = [];
                }

                // Record the original index before the element goes, so later indices still map back.
                gone.Add(OriginalIndex(list, index, removed));
                list.RemoveAt(index);
            }
            else if (Container is JsonObject map && Key is not null)
            {
                map.Remove(Key);
            }
        }
    }
}
