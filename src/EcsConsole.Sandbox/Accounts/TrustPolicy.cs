using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// Whether a role's trust policy lets a caller assume it, as IAM decides for sts:AssumeRole: an Allow statement whose
/// Action covers sts:AssumeRole, whose Principal names the caller (its account id, the account's root ARN, the caller's
/// own ARN or "*") and whose conditions all hold, and no Deny statement that matches. The only condition understood is
/// StringEquals on sts:ExternalId; a statement with any other condition does not match, so the sandbox never grants what
/// AWS might refuse.
/// </summary>
public static class TrustPolicy
{
    /// <summary>The policy the sandbox gives an account's access role: trust <paramref name="trustedAccountId"/>, with the external id when one is set.</summary>
    public static string Trusting(string trustedAccountId, string? externalId)
    {
        var statement = new JsonObject
        {
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["AWS"] = $"arn:aws:iam::{trustedAccountId}:root" },
            ["Action"] = "sts:AssumeRole",
        };
        if (!string.IsNullOrEmpty(externalId))
        {
            statement["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["sts:ExternalId"] = externalId } };
        }

        return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = new JsonArray(statement) }.ToJsonString();
    }

    /// <param name="callerArns">The caller's ARNs: its user or role ARN (and, for a role session, the session's ARN).</param>
    public static bool Allows(string policyDocument, string callerAccountId, IReadOnlyCollection<string> callerArns, string? externalId)
    {
        JsonNode? policy;
        try
        {
            policy = JsonNode.Parse(policyDocument);
        }
        catch (JsonException)
        {
            return false;
        }

        var statements = Many(policy?["Statement"]).OfType<JsonObject>().ToList();
        var matching = statements.Where(s => Covers(s, callerAccountId, callerArns, externalId)).ToList();
        return matching.Any(s => Text(s["Effect"]) == "Allow") && !matching.Any(s => Text(s["Effect"]) == "Deny");
    }

    private static bool Covers(JsonObject statement, string account, IReadOnlyCollection<string> arns, string? externalId) =>
        Many(statement["Action"]).Select(Text).Any(a => a is "sts:AssumeRole" or "sts:*" or "*")
        && NamesCaller(statement["Principal"], account, arns)
        && ConditionsHold(statement["Condition"] as JsonObject, externalId);

    private static bool NamesCaller(JsonNode? principal, string account, IReadOnlyCollection<string> arns)
    {
        if (Text(principal) == "*")
        {
            return true;
        }

        return Many((principal as JsonObject)?["AWS"]).Select(Text).Any(p =>
            p == "*" || p == account || p == $"arn:aws:iam::{account}:root" || (p is not null && arns.Contains(p, StringComparer.Ordinal)));
    }

    private static bool ConditionsHold(JsonObject? condition, string? externalId)
    {
        if (condition is null)
        {
            return true;
        }

        foreach (var (operation, tests) in condition)
        {
            if (operation != "StringEquals" || tests is not JsonObject keys)
            {
                return false;
            }

            foreach (var (key, values) in keys)
            {
                if (key != "sts:ExternalId" || externalId is null || !Many(values).Select(Text).Contains(externalId, StringComparer.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A policy element may be one value or an array of them.
    private static IEnumerable<JsonNode?> Many(JsonNode? node) => node switch
    {
        JsonArray array => array,
        null => Array.Empty<JsonNode?>(),
        _ => new[] { node },
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
