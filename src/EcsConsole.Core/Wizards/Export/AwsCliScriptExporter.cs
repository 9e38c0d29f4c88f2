using System.Text;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export;

/// <summary>
/// A plan as a bash script of AWS CLI calls, one per planned call, each guarded by the same existence check the runner
/// makes so the script can be re-run. Every call ends in <c>${ENDPOINT_ARGS}</c>, so
/// <c>ENDPOINT_ARGS="--endpoint-url http://127.0.0.1:4566" bash plan.sh</c> replays it against the sandbox.
/// </summary>
public static class AwsCliScriptExporter
{
    public static string Export(WizardPlan plan)
    {
        var script = new StringBuilder();
        script.Append("#!/usr/bin/env bash\n");
        script.Append($"# {plan.Summary}: {plan.Calls.Count} AWS call(s), exported by EcsConsole ({plan.Wizard} wizard).\n");
        script.Append("# Set ENDPOINT_ARGS=\"--endpoint-url http://127.0.0.1:4566\" to run it against the sandbox.\n");
        script.Append("set -euo pipefail\n");
        script.Append("ENDPOINT_ARGS=\"${ENDPOINT_ARGS:-}\"\n");
        foreach (var (call, index) in plan.Calls.Select((c, i) => (c, i)))
        {
            script.Append($"\n# {index + 1}. {call.Action}: {call.Creates}\n");
            var command = Command(call.Service, call.Operation, JsonNode.Parse(call.Body)!.AsObject()) + " >/dev/null";
            script.Append(Guard(call) is { } guard ? $"{guard} || {command}\n" : command + "\n");
        }

        return script.ToString();
    }

    /// <summary><c>aws iam create-role --role-name 'x' ... ${ENDPOINT_ARGS}</c></summary>
    public static string Command(string service, string operation, JsonObject body)
    {
        var command = new StringBuilder($"aws {service} {Kebab(operation)}");
        foreach (var (member, value) in body)
        {
            if (value is null)
            {
                continue;
            }

            command.Append($" --{Kebab(member)} ");
            command.Append(value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? Quote(text) : Quote(value.ToJsonString()));
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

    // The CLI twin of the runner's existence check; null when the call is safe to repeat as it is.
    private static string? Guard(PlannedCall call)
    {
        var body = JsonNode.Parse(call.Body)!;
        string Text(string member) => Quote(body[member]!.GetValue<string>());
        return call.Operation switch
        {
            "CreateRole" => $"aws iam get-role --role-name {Text("RoleName")} ${{ENDPOINT_ARGS}} >/dev/null 2>&1",
            "CreateInstanceProfile" => $"aws iam get-instance-profile --instance-profile-name {Text("InstanceProfileName")} ${{ENDPOINT_ARGS}} >/dev/null 2>&1",
            "AddRoleToInstanceProfile" =>
                $"aws iam get-instance-profile --instance-profile-name {Text("InstanceProfileName")} --query 'InstanceProfile.Roles[].RoleName' --output text ${{ENDPOINT_ARGS}} | tr '\\t' '\\n' | grep -qx {Text("RoleName")}",
            "CreateServiceLinkedRole" =>
                $"aws iam list-roles --path-prefix {Quote($"/aws-service-role/{body["AWSServiceName"]!.GetValue<string>()}/")} --query 'Roles[].RoleName' --output text ${{ENDPOINT_ARGS}} | grep -q .",
            _ => null,
        };
    }
}
