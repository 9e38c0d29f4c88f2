using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Whether a repository policy lets another account's task execution role pull an image, as ECR decides for a
/// cross-account pull: each of <see cref="PullActions"/> needs an Allow statement naming the role (its ARN, its
/// account's id or root ARN, or "*") and no Deny that matches. A statement with a condition is not counted as granting:
/// the console cannot tell whether the condition holds, so it says so rather than promise a pull that may fail.
/// </summary>
/// <param name="Allowed">True when every pull action is allowed to the role.</param>
/// <param name="Missing">The pull actions the policy does not allow the role (all of them when there is no policy).</param>
/// <param name="Explanation">What is missing and what to do, in words for people.</param>
/// <param name="SuggestedStatement">A statement to add to the repository policy that allows the pull; null when nothing is missing.</param>
public sealed record CrossAccountPull(bool Allowed, IReadOnlyList<string> Missing, string Explanation, string? SuggestedStatement)
{
    /// <summary>The ECR actions a task execution role uses to pull an image.</summary>
    public static readonly IReadOnlyList<string> PullActions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"];

    /// <param name="policyText">The repository policy (GetRepositoryPolicy); null when the repository has none.</param>
    /// <param name="repository">The repository's name, for the explanation.</param>
    /// <param name="roleArn">The pulling task execution role, <c>arn:PARTITION:iam::ACCOUNT:role/NAME</c>.</param>
    public static CrossAccountPull Check(string? policyText, string repository, string roleArn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleArn);
        var parts = roleArn.Split(':');
        var account = parts.Length > 4 ? parts[4] : "";
        // The account's root ARN is in the role's own partition (arn:aws-cn:iam::…:root in China).
        var partition = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : "aws";
        var statements = Statements(policyText, out var unreadable);
        var conditional = new List<string>();
        var missing = new List<string>();
        var denied = new List<string>();
        foreach (var action in PullActions)
        {
            var matching = statements.Where(s => Names(s["Principal"], roleArn, account, partition) && Covers(s["Action"], action)).ToList();
            if (matching.Any(s => Text(s["Effect"]) == "Deny"))
            {
                denied.Add(action);
                missing.Add(action);
                continue;
            }
            var allows = matching.Where(s => Text(s["Effect"]) == "Allow").ToList();
            if (allows.Any(s => s["Condition"] is null)) continue;
            if (allows.Count > 0) conditional.Add(action);
            missing.Add(action);
        }

        if (missing.Count == 0)
        {
            return new CrossAccountPull(true, [], $"The policy of repository {repository} lets {roleArn} pull ({string.Join(", ", PullActions)}).", null);
        }

        var statement = new JsonObject
        {
            ["Sid"] = $"AllowPullFrom{account}",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["AWS"] = roleArn },
            ["Action"] = new JsonArray([.. PullActions.Select(a => (JsonNode)JsonValue.Create(a)!)]),
        }.ToJsonString();
        var why = policyText is null ? $"Repository {repository} has no repository policy, so no other account may pull from it."
            : unreadable ? $"The policy of repository {repository} cannot be read as a policy document, so the console cannot tell who may pull."
            : denied.Count > 0 ? $"The policy of repository {repository} denies {roleArn} {string.Join(", ", denied)}."
            : conditional.Count > 0 ? $"The policy of repository {repository} allows {roleArn} {string.Join(", ", conditional)} only under a condition the console cannot check."
            : $"The policy of repository {repository} does not allow {roleArn} {string.Join(", ", missing)}.";
        return new CrossAccountPull(false, missing,
            $"{why} Tasks in account {account} would fail to start with CannotPullContainerError. Add this statement to the repository's policy (ECR → {repository} → Permissions) in the account that owns it, then try again.",
            statement);
    }

    private static List<JsonObject> Statements(string? policyText, out bool unreadable)
    {
        unreadable = false;
        if (policyText is null) return [];
        try
        {
            var node = (JsonNode.Parse(policyText) as JsonObject)?["Statement"];
            return [.. Many(node).OfType<JsonObject>()];
        }
        catch (JsonException)
        {
            unreadable = true;
            return [];
        }
    }

    private static bool Names(JsonNode? principal, string roleArn, string account, string partition)
    {
        if (Text(principal) == "*") return true;
        return Many((principal as JsonObject)?["AWS"]).Select(Text).Any(p =>
            p == "*" || p == account || p == $"arn:{partition}:iam::{account}:root" || string.Equals(p, roleArn, StringComparison.Ordinal));
    }

    // IAM action patterns: case-insensitive, "*" and "?" as wildcards ("ecr:*", "ecr:Batch*").
    private static bool Covers(JsonNode? actions, string action) =>
        Many(actions).Select(Text).OfType<string>().Any(pattern =>
            Regex.IsMatch(action, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));

    // A policy element may be one value or an array of them (typed arrays: a collection expression here would be a JsonArray, which cannot adopt a node that has a parent).
    private static IEnumerable<JsonNode?> Many(JsonNode? node) => node switch
    {
        JsonArray array => array,
        null => Array.Empty<JsonNode?>(),
        _ => new[] { node },
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
