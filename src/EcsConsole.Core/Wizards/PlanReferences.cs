using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// The <c>${Key.Output}</c> placeholders by which a planned call uses what an earlier call created (a load balancer's ARN
/// in its listener, a namespace id in its Cloud Map service). <c>${Key.Output@marker}</c> takes the value from the first
/// <c>marker</c> on (a load balancer ARN's <c>app/name/id</c> for an ALB resource label). Placeholders naming a key the
/// plan does not have are left as they are: a container's environment may legitimately hold <c>${…}</c> text.
/// </summary>
public static partial class PlanReferences
{
    [GeneratedRegex(@"\$\{([A-Za-z][A-Za-z0-9]*)\.([A-Za-z][A-Za-z0-9]*)(?:@([A-Za-z0-9/:_-]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex KeyPattern();

    /// <summary>A placeholder as written: <c>${LoadBalancer.Arn}</c>.</summary>
    public static string Of(string key, string output) => $"${{{key}.{output}}}";

    /// <summary>A placeholder for the part of an output from <paramref name="marker"/> on: <c>${LoadBalancer.Arn@app/}</c>.</summary>
    public static string From(string key, string output, string marker) => $"${{{key}.{output}@{marker}}}";

    /// <summary>The part of a value from the first <paramref name="marker"/> on; the whole value when it has none.</summary>
    public static string Cut(string value, string? marker)
    {
        if (marker is null)
        {
            return value;
        }

        var at = value.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? value : value[at..];
    }

    /// <summary>The (key, output) pairs a text refers to, in order, among the given keys.</summary>
    public static IEnumerable<(string Key, string Output)> Find(string text, IReadOnlySet<string> keys) =>
        Placeholder().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Where(r => keys.Contains(r.Item1));

    /// <summary>
    /// Splits a text into literal parts and references (a reference has <c>Key</c> set), for exporters that write each
    /// reference in their own syntax.
    /// </summary>
    public static IReadOnlyList<(string Text, string? Key, string? Output)> Split(string text, IReadOnlySet<string> keys) =>
        SplitWithMarkers(text, keys).Select(p => (p.Text, p.Key, p.Output)).ToList();

    /// <summary>As <see cref="Split"/>, with each reference's <c>@marker</c> (null when it has none).</summary>
    public static IReadOnlyList<(string Text, string? Key, string? Output, string? Marker)> SplitWithMarkers(string text, IReadOnlySet<string> keys)
    {
        var parts = new List<(string, string?, string?, string?)>();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!keys.Contains(match.Groups[1].Value))
            {
                continue;
            }

            if (match.Index > at)
            {
                parts.Add((text[at..match.Index], null, null, null));
            }

            parts.Add((match.Value, match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Success ? match.Groups[3].Value : null));
            at = match.Index + match.Length;
        }

        if (at < text.Length || parts.Count == 0)
        {
            parts.Add((text[at..], null, null, null));
        }

        return parts;
    }

    /// <summary>The keys the plan's calls declare.</summary>
    public static IReadOnlySet<string> Keys(IEnumerable<PlannedCall> calls) =>
        calls.Where(c => c.Key is not null).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks that keys are well formed and unique and that every reference names an output declared by an EARLIER call
    /// (or, in an undo body, by the call itself). A failure is a bug in the wizard that built the plan, not bad input.
    /// </summary>
    public static void Validate(WizardPlan plan)
    {
        var declared = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var allKeys = Keys(plan.Calls);
        foreach (var call in plan.Calls)
        {
            Check(call.Body, declared, allKeys, call, "body");
            if (call.Key is { } key)
            {
                if (!KeyPattern().IsMatch(key))
                {
                    throw new InvalidOperationException($"Plan {plan.Wizard}: call key '{key}' must be letters and digits, starting with a letter.");
                }

                if (!declared.TryAdd(key, call.Outputs ?? new Dictionary<string, string>()))
                {
                    throw new InvalidOperationException($"Plan {plan.Wizard}: call key '{key}' is used twice.");
                }
            }
            else if (call.Outputs is { Count: > 0 })
            {
                throw new InvalidOperationException($"Plan {plan.Wizard}: {call.Action} declares outputs but has no key to refer to them by.");
            }

            if (call.Undo is { } undo)
            {
                Check(undo.Body, declared, allKeys, call, "undo body");
            }
        }
    }

    private static void Check(string text, Dictionary<string, IReadOnlyDictionary<string, string>> declared, IReadOnlySet<string> allKeys, PlannedCall call, string where)
    {
        foreach (var (key, output) in Find(text, allKeys))
        {
            if (!declared.TryGetValue(key, out var outputs))
            {
                throw new InvalidOperationException($"{call.Action} ({call.Creates}): its {where} refers to {Of(key, output)}, but {key} is not created before it.");
            }

            if (!outputs.ContainsKey(output))
            {
                throw new InvalidOperationException($"{call.Action} ({call.Creates}): its {where} refers to {Of(key, output)}, but {key} declares no output {output}.");
            }
        }
    }

    /// <summary>
    /// Fills in the placeholders of a JSON text from known output values; throws <see cref="UnresolvedReferenceException"/>
    /// when an output it needs is not known yet.
    /// </summary>
    public static string Resolve(string json, IReadOnlySet<string> keys, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> values)
    {
        return Placeholder().Replace(json, match =>
        {
            var key = match.Groups[1].Value;
            if (!keys.Contains(key))
            {
                return match.Value;
            }

            var output = match.Groups[2].Value;
            if (!values.TryGetValue(key, out var outputs) || !outputs.TryGetValue(output, out var value))
            {
                throw new UnresolvedReferenceException(key, output);
            }

            // The placeholder sits inside a JSON string: the value goes in escaped, without quotes of its own.
            var encoded = JsonSerializer.Serialize(Cut(value, match.Groups[3].Success ? match.Groups[3].Value : null));
            return encoded[1..^1];
        });
    }

    /// <summary>Reads the declared outputs from a response; names the first one the response lacks.</summary>
    public static IReadOnlyDictionary<string, string> ReadOutputs(IReadOnlyDictionary<string, string> paths, JsonNode? response, string describedCall)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (output, path) in paths)
        {
            values[output] = Select(response, path)
                ?? throw new InvalidOperationException($"{describedCall}: the response has no {path} (output {output}).");
        }

        return values;
    }

    /// <summary>A scalar at a path like <c>LoadBalancers[0].LoadBalancerArn</c>, as text; null when absent.</summary>
    public static string? Select(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            var indexes = new List<int>();
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = segment[..bracket];
                foreach (var part in segment[bracket..].Split('[', StringSplitOptions.RemoveEmptyEntries))
                {
                    indexes.Add(int.Parse(part.TrimEnd(']'), CultureInfo.InvariantCulture));
                }
            }

            if (name.Length > 0)
            {
                node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            }

            foreach (var index in indexes)
            {
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            JsonValue value => value.ToJsonString(),
            _ => null,
        };
    }
}

/// <summary>A placeholder whose value is not known yet: the call it comes from has not run.</summary>
public sealed class UnresolvedReferenceException(string key, string output)
    : InvalidOperationException($"{PlanReferences.Of(key, output)} is not known yet: the call that creates {key} has not finished.")
{
    public string Key { get; } = key;

    public string Output { get; } = output;
}
