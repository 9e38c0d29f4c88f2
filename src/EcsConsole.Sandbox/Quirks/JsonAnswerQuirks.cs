using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Quirks;

/// <summary>
/// Rewrites one serialized JSON answer the way a differing endpoint would send it. It parses the text it is given into a
/// fresh tree, so nothing the engine holds is ever touched. A choice depends only on the seed, the operation and the
/// member's path (list elements as <c>[]</c>), so a member is treated alike in every element and every answer.
/// </summary>
internal sealed partial class JsonAnswerQuirks(SandboxQuirks quirks, string operation)
{
    /// <summary>The value a display-only enum member gets: no model lists it.</summary>
    public const string UnknownEnumValue = "NEWER_THAN_THE_MODEL";

    public string Apply(string json)
    {
        var root = JsonNode.Parse(json);
        if (root is not JsonObject answer)
        {
            return json;
        }

        if (quirks.OmitCurrentServiceDeployment && operation == "UpdateService" && answer["service"] is JsonObject service)
        {
            service.Remove("currentServiceDeployment");
        }

        WalkObject(answer, "");
        return answer.ToJsonString();
    }

    private void WalkObject(JsonObject json, string path)
    {
        foreach (var (name, value) in json.ToList())
        {
            if (QuirkMembers.Maps.Contains(name))
            {
                continue;
            }

            var memberPath = path.Length == 0 ? name : $"{path}.{name}";
            switch (value)
            {
                case JsonObject child:
                    WalkObject(child, memberPath);
                    break;
                case JsonArray list:
                    WalkList(list, memberPath + "[]");
                    break;
                case JsonValue scalar when Dropped(name, memberPath):
                    json.Remove(name);
                    break;
                case JsonValue scalar when Replacement(name, memberPath, scalar) is { } replacement:
                    json[name] = replacement;
                    break;
            }
        }

        if (quirks.UnknownMembers)
        {
            json[$"quirk{Hex(Draw("member-name", path))}"] = UnknownValue(path);
        }
    }

    private void WalkList(JsonArray list, string path)
    {
        foreach (var element in list)
        {
            if (element is JsonObject child)
            {
                WalkObject(child, path);
            }
            else if (element is JsonArray inner)
            {
                WalkList(inner, path + "[]");
            }
        }
    }

    private bool Dropped(string name, string path) =>
        quirks.DropOptionalMembers
        && !QuirkMembers.IsKept(name)
        && !QuirkMembers.DisplayOnlyEnums.Contains(name)
        && !IsAlwaysNumeric(path)
        && Chosen("drop", path);

    private JsonNode? Replacement(string name, string path, JsonValue scalar)
    {
        var kind = scalar.GetValueKind();
        if (quirks.UnknownEnumValues && kind == JsonValueKind.String && QuirkMembers.DisplayOnlyEnums.Contains(name))
        {
            return JsonValue.Create(UnknownEnumValue);
        }

        if (!quirks.ScalarKinds || QuirkMembers.NeverFlipped.Contains(name))
        {
            return null;
        }

        return kind switch
        {
            JsonValueKind.String when CanonicalInteger().IsMatch(scalar.GetValue<string>()) && (IsAlwaysNumeric(path) || Chosen("to-number", path)) =>
                JsonValue.Create(long.Parse(scalar.GetValue<string>(), CultureInfo.InvariantCulture)),
            JsonValueKind.Number when scalar.ToJsonString() is var text && CanonicalInteger().IsMatch(text) && Chosen("to-string", path) =>
                JsonValue.Create(text),
            JsonValueKind.True or JsonValueKind.False when Chosen("bool-to-string", path) =>
                JsonValue.Create(kind == JsonValueKind.True ? "true" : "false"),
            _ => null,
        };
    }

    private JsonNode UnknownValue(string path) => (Draw("member-value", path) % 5) switch
    {
        0 => JsonValue.Create("added by a newer release of the API"),
        1 => JsonValue.Create(7),
        2 => JsonValue.Create(true),
        3 => new JsonObject { ["mode"] = "STANDARD", ["level"] = 2 },
        _ => new JsonArray("first", "second"),
    };

    private static bool IsAlwaysNumeric(string path) =>
        QuirkMembers.AlwaysNumeric.Any(p => path == p || path.EndsWith("." + p, StringComparison.Ordinal));

    private bool Chosen(string kind, string path) => Draw(kind, path) / (double)ulong.MaxValue < quirks.Share;

    /// <summary>FNV-1a over seed, kind, operation and path: stable across processes, unlike string.GetHashCode.</summary>
    private ulong Draw(string kind, string path)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in $"{quirks.Seed}|{kind}|{operation}|{path}")
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // FNV alone spreads similar paths poorly; SplitMix64's finalizer evens the draws out.
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    private static string Hex(ulong value) => (value & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture);

    // Integers that read back to the same text, so a flip loses nothing: no leading zeros (account ids stay strings), at most 9 digits.
    [GeneratedRegex(@"^(0|-?[1-9][0-9]{0,8})$")]
    private static partial Regex CanonicalInteger();
}
