using System.Text;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export;

/// <summary>
/// A plan as a bash script of AWS CLI calls, one per planned call, each guarded so the script can be re-run: IAM calls by
/// the same existence check the runner makes, calls with a <see cref="CallLookup"/> by that read. A call's declared outputs
/// land in shell variables (<c>${LoadBalancer_Arn}</c>) that later calls use where the plan says <c>${LoadBalancer.Arn}</c>.
/// Every call ends in <c>${ENDPOINT_ARGS}</c>, so <c>ENDPOINT_ARGS="--endpoint-url http://127.0.0.1:4566" bash plan.sh</c>
/// replays it against the sandbox.
/// </summary>
public static class AwsCliScriptExporter
{
    public static string Export(WizardPlan plan)
    {
        PlanReferences.Validate(plan);
        var keys = PlanReferences.Keys(plan.Calls);
        var script = new StringBuilder();
        script.Append("#!/usr/bin/env bash\n");
        script.Append($"# {plan.Summary}: {plan.Calls.Count} AWS call(s), exported by EcsConsole ({plan.Wizard} wizard).\n");
        script.Append("# Set ENDPOINT_ARGS=\"--endpoint-url http://127.0.0.1:4566\" to run it against the sandbox.\n");
        script.Append("set -euo pipefail\n");
        script.Append("ENDPOINT_ARGS=\"${ENDPOINT_ARGS:-}\"\n");
        foreach (var (call, index) in plan.Calls.Select((c, i) => (c, i)))
        {
            script.Append($"\n# {index + 1}. {call.Action}: {call.Creates}\n");
            var body = JsonNode.Parse(call.Body)!.AsObject();
            if (call is { Key: { } key, Outputs: { Count: > 0 } outputs })
            {
                AppendCapturing(script, call, key, outputs, body, keys);
                continue;
            }

            var command = Command(call.Service, call.Operation, body, keys);
            switch (Guard(call))
            {
                case WizardCliGuard.ToleratedError tolerated:
                    var error = $"ingress{index + 1}_err";
                    script.Append($"if ! {error}=$({command} 2>&1 >/dev/null); then\n");
                    script.Append($"  grep -q {tolerated.ErrorCode} <<< \"${{{error}}}\" || {{ echo \"${{{error}}}\" >&2; exit 1; }}\n");
                    script.Append("fi\n");
                    break;
                case WizardCliGuard.Check check:
                    script.Append($"{check.Command(call)} || {command} >/dev/null\n");
                    break;
                default:
                    script.Append(command + " >/dev/null\n");
                    break;
            }
        }

        return script.ToString();
    }

    // read -r Key_A Key_B <<< "$(lookup)"; when nothing was found, the create call fills them instead.
    private static void AppendCapturing(StringBuilder script, PlannedCall call, string key, IReadOnlyDictionary<string, string> outputs, JsonObject body, IReadOnlySet<string> keys)
    {
        var names = outputs.Keys.ToList();
        var variables = string.Join(' ', names.Select(n => Variable(key, n)));
        var first = Variable(key, names[0]);
        string Query(IReadOnlyDictionary<string, string> paths) =>
            Quote(names.Count == 1 ? paths[names[0]] : "[" + string.Join(",", names.Select(n => paths[n])) + "]");

        var create = $"{Command(call.Service, call.Operation, body, keys)} --query {Query(outputs)} --output text";
        var output = $"{key}_out";
        if (call.Lookup is { } lookup && names.All(lookup.Outputs.ContainsKey))
        {
            var lookupBody = JsonNode.Parse(lookup.Body)!.AsObject();
            var lookupCommand = $"{Command(call.Service, lookup.Operation, lookupBody, keys)} --query {Query(lookup.Outputs)} --output text";
            script.Append($"{output}=$({lookupCommand} 2>/dev/null || true)\n");
            script.Append($"read -r {variables} <<< \"${{{output}}}\" || true\n");
            script.Append($"if [ -z \"${{{first}:-}}\" ] || [ \"${{{first}}}\" = None ]; then\n");
            script.Append($"  {output}=$({create})\n");
            script.Append($"  read -r {variables} <<< \"${{{output}}}\" || true\n");
            // Some creates answer nothing (EC2 Auto Scaling CreateAutoScalingGroup): read the new resource back.
            script.Append($"  if [ -z \"${{{first}:-}}\" ] || [ \"${{{first}}}\" = None ]; then\n");
            script.Append($"    {output}=$({lookupCommand})\n");
            script.Append($"    read -r {variables} <<< \"${{{output}}}\" || true\n");
            script.Append("  fi\n");
            script.Append("fi\n");
        }
        else
        {
            script.Append($"{output}=$({create})\n");
            script.Append($"read -r {variables} <<< \"${{{output}}}\" || true\n");
        }
    }

    /// <summary>The shell variable holding an output: <c>${LoadBalancer.Arn}</c> → <c>LoadBalancer_Arn</c>.</summary>
    public static string Variable(string key, string output) => $"{key}_{output}";

    /// <summary><c>aws iam create-role --role-name 'x' ... ${ENDPOINT_ARGS}</c></summary>
    public static string Command(string service, string operation, JsonObject body) => Command(service, operation, body, new HashSet<string>());

    /// <summary>As <see cref="Command(string,string,JsonObject)"/>, with the plan's placeholders written as shell variables.</summary>
    public static string Command(string service, string operation, JsonObject body, IReadOnlySet<string> keys)
    {
        var command = new StringBuilder($"aws {service} {Kebab(operation)}");
        foreach (var (member, value) in body)
        {
            if (value is null)
            {
                continue;
            }

            // The CLI takes booleans as flags: --force / --no-force.
            if (value is JsonValue flag && flag.TryGetValue<bool>(out var on))
            {
                command.Append(on ? $" --{Kebab(member)}" : $" --no-{Kebab(member)}");
                continue;
            }

            command.Append($" --{Kebab(member)} ");
            command.Append(QuoteWithReferences(value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? text : value.ToJsonString(), keys));
        }

        return command.Append(" ${ENDPOINT_ARGS}").ToString();
    }

    /// <summary>botocore's xform_name: <c>AssumeRolePolicyDocument</c> → <c>assume-role-policy-document</c>, <c>AWSServiceName</c> → <c>aws-service-name</c>.</summary>
    public static string Kebab(string name)
    {
        var result = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = char.IsUpper(c) && i > 0
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                result.Append('-');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>Single-quoted for bash: nothing inside is expanded.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Single-quoted literal parts, with each plan reference as a double-quoted shell variable joined to them.</summary>
    public static string QuoteWithReferences(string value, IReadOnlySet<string> keys)
    {
        var parts = PlanReferences.SplitWithMarkers(value, keys);
        // ${Key.Output@marker}: the marker, then what follows its first occurrence (bash's ${var#*marker}).
        return string.Concat(parts.Select(p => p.Key is null ? Quote(p.Text)
            : p.Marker is null ? $"\"${{{Variable(p.Key, p.Output!)}}}\""
            : $"{Quote(p.Marker)}\"${{{Variable(p.Key, p.Output!)}#*{p.Marker}}}\""));
    }

    // The guard of the call's row (the CLI twin of the runner's existence check); a call of no row is written unguarded.
    private static WizardCliGuard Guard(PlannedCall call) => WizardOperationTables.Find(call)?.CliGuard ?? WizardCliGuard.None;
}
