using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;

namespace EcsConsole.Aws.Tests.Reading;

/// <summary>
/// One change to a model-valid response, the way a real endpoint differs from the model: which node (by its index among
/// all nodes below the root, wrapped) and what happens to it (by <see cref="Kind"/>, wrapped). Applied in order.
/// </summary>
public sealed partial record ResponseMutation(int Site, int Kind)
{
    private const int JsonKinds = 9;
    private const int XmlKinds = 7;

    /// <summary>One to six mutations; CsCheck shrinks a failure to the fewest and simplest that still fail.</summary>
    public static Gen<ResponseMutation[]> Gen { get; } =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 10_000], CsCheck.Gen.Int[0, 100], (site, kind) => new ResponseMutation(site, kind)).Array[1, 6];

    /// <summary>Where a mutation applies.</summary>
    private sealed record JsonSite(JsonNode Parent, string? Key, int Index, JsonNode? Value);

    /// <summary>
    /// Any mutation: scalar kinds flipped (number, string, boolean), unknown enum values, members dropped or set to null,
    /// unknown members added, an object where a scalar is due, a wrong-kind element put into a list.
    /// </summary>
    public static string ApplyToJson(string json, IEnumerable<ResponseMutation> mutations)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var mutation in mutations)
        {
            var sites = JsonSites(root).ToList();
            if (sites.Count == 0)
            {
                break;
            }

            var site = sites[mutation.Site % sites.Count];
            switch (mutation.Kind % JsonKinds)
            {
                case 0:
                    Replace(site, Lossless(site.Value) ?? site.Value?.DeepClone());
                    break;
                case 1:
                    Replace(site, JsonValue.Create(true));
                    break;
                case 2:
                    Replace(site, JsonValue.Create(42));
                    break;
                case 3:
                    Replace(site, JsonValue.Create("FUTURE_VALUE_2031"));
                    break;
                case 4:
                    Replace(site, null);
                    break;
                case 5:
                    Remove(site);
                    break;
                case 6:
                    if (site.Value is JsonObject target)
                    {
                        target["memberFromTheFuture"] = new JsonObject { ["nested"] = new JsonArray(1, "two") };
                    }
                    else
                    {
                        Replace(site, new JsonObject { ["unexpected"] = 1 });
                    }

                    break;
                case 7:
                    if (site.Value is JsonArray list)
                    {
                        list.Add(list.Count > 0 && list[0] is JsonObject ? JsonValue.Create("unexpected") : new JsonObject { ["unexpected"] = true });
                    }
                    else
                    {
                        Replace(site, new JsonArray(JsonValue.Create("unexpected")));
                    }

                    break;
                default:
                    Replace(site, JsonValue.Create(""));
                    break;
            }
        }

        return root.ToJsonString();
    }

    /// <summary>Only changes that lose nothing: every number and boolean written as a string. Counts what it changed.</summary>
    public static string WriteScalarsAsText(string json, out int changed)
    {
        var root = JsonNode.Parse(json)!;
        changed = 0;
        foreach (var site in JsonSites(root).ToList())
        {
            if (Lossless(site.Value) is { } text)
            {
                Replace(site, text);
                changed++;
            }
        }

        return root.ToJsonString();
    }

    /// <summary>
    /// Query XML: text of another kind, unknown enum values, elements dropped or emptied, unknown elements added, an
    /// element repeated, an element where text is due.
    /// </summary>
    public static string ApplyToXml(string xml, IEnumerable<ResponseMutation> mutations)
    {
        var document = XDocument.Parse(xml);
        foreach (var mutation in mutations)
        {
            var sites = document.Root!.Descendants()
                .Where(e => !e.AncestorsAndSelf().Any(a => a.Name.LocalName == "ResponseMetadata"))
                .Where(e => e.Parent != document.Root)
                .ToList();
            if (sites.Count == 0)
            {
                break;
            }

            var site = sites[mutation.Site % sites.Count];
            switch (mutation.Kind % XmlKinds)
            {
                case 0:
                    site.ReplaceNodes("not-a-number-or-flag");
                    break;
                case 1:
                    site.ReplaceNodes("FUTURE_VALUE_2031");
                    break;
                case 2:
                    site.Remove();
                    break;
                case 3:
                    site.RemoveNodes();
                    break;
                case 4:
                    site.Add(new XElement(site.Name.Namespace + "MemberFromTheFuture", new XElement(site.Name.Namespace + "x", "1")));
                    break;
                case 5:
                    site.AddAfterSelf(new XElement(site));
                    break;
                default:
                    site.ReplaceNodes(new XElement(site.Name.Namespace + "unexpected", "1"));
                    break;
            }
        }

        return document.ToString();
    }

    private static JsonValue? Lossless(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => JsonValue.Create(node.ToJsonString()),
        JsonValueKind.True => JsonValue.Create("true"),
        JsonValueKind.False => JsonValue.Create("false"),
        JsonValueKind.String when JsonNumber().IsMatch(node.GetValue<string>()) => JsonNode.Parse(node.GetValue<string>())!.AsValue(),
        _ => null,
    };

    private static IEnumerable<JsonSite> JsonSites(JsonNode node)
    {
        switch (node)
        {
            case JsonObject structure:
                foreach (var (key, value) in structure.ToList())
                {
                    yield return new JsonSite(structure, key, -1, value);
                    if (value is not null)
                    {
                        foreach (var inner in JsonSites(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    yield return new JsonSite(list, null, i, list[i]);
                    if (list[i] is { } item)
                    {
                        foreach (var inner in JsonSites(item))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static void Replace(JsonSite site, JsonNode? value)
    {
        if (site.Parent is JsonObject structure)
        {
            structure[site.Key!] = value;
        }
        else
        {
            site.Parent.AsArray()[site.Index] = value;
        }
    }

    private static void Remove(JsonSite site)
    {
        if (site.Parent is JsonObject structure)
        {
            structure.Remove(site.Key!);
        }
        else
        {
            site.Parent.AsArray().RemoveAt(site.Index);
        }
    }

    // A string that is a JSON number as written ("1", "123456789012"), so writing it as a number keeps its text.
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}
