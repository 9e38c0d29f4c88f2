using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Endpoints;

namespace EcsConsole.Core.Security.Iam;

/// <summary>
/// Builds the console's own least-privilege IAM policy documents from <see cref="AwsOperationCatalog"/>: the actions it
/// calls, the <see cref="AwsOperationCatalog.Implied"/> actions AWS checks alongside them, and one <c>iam:PassRole</c>
/// statement per service it hands roles to, and <c>sts:AssumeRole</c> on exactly the roles its connections assume (none
/// when no connection names a role). ARNs are written for the connection's partition (aws, aws-cn, aws-us-gov, …).
/// </summary>
public static class IamPolicyGenerator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// What a Viewer-only deployment needs: every read action the console calls, and <c>sts:AssumeRole</c> on
    /// <paramref name="assumedRoles"/> (a Viewer reads other accounts through their roles too).
    /// </summary>
    public static JsonObject ReadOnly(IEnumerable<AwsOperation>? operations = null, AwsPartition? partition = null, IEnumerable<string>? assumedRoles = null) =>
        Build(operations ?? AwsOperationCatalog.All, AwsOperationCatalog.Implied, partition ?? AwsPartition.Aws, assumedRoles, includeWrites: false);

    /// <summary>
    /// Everything the console calls, including changes and what they imply; iam:PassRole only to the services that take roles
    /// from it; <c>sts:AssumeRole</c> only on <paramref name="assumedRoles"/>, the role ARNs its connections name.
    /// </summary>
    public static JsonObject Full(
        IEnumerable<AwsOperation>? operations = null, AwsPartition? partition = null, IEnumerable<AwsImpliedAction>? implied = null, IEnumerable<string>? assumedRoles = null) =>
        Build(operations ?? AwsOperationCatalog.All, implied ?? AwsOperationCatalog.Implied, partition ?? AwsPartition.Aws, assumedRoles, includeWrites: true);

    public static string ToJson(JsonObject policy) => policy.ToJsonString(Indented);

    /// <summary>Every action the policy grants, <c>iam:PassRole</c> included: what a test compares with what the code calls.</summary>
    public static IReadOnlyList<string> GrantedActions(JsonObject policy) =>
        policy["Statement"]!.AsArray()
            .SelectMany(s => s!["Action"]!.AsArray().Select(a => a!.GetValue<string>()))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static JsonObject Build(IEnumerable<AwsOperation> operations, IEnumerable<AwsImpliedAction> implied, AwsPartition partition, IEnumerable<string>? assumedRoles, bool includeWrites)
    {
        var list = operations.Where(o => includeWrites || o.Access == AwsOperationAccess.Read).ToList();
        var statements = new JsonArray { Statement("EcsConsoleRead", Actions(list, implied, AwsOperationAccess.Read)) };
        if (includeWrites)
        {
            var writes = Actions(list, implied, AwsOperationAccess.Write);
            if (writes.Count > 0) statements.Add(Statement("EcsConsoleWrite", writes));
            foreach (var service in list.Where(o => o.Access == AwsOperationAccess.Write && o.PassesRoleTo is not null)
                         .Select(o => o.PassesRoleTo!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                statements.Add(PassRole(service, partition));
            }
        }

        var roles = (assumedRoles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (roles.Count > 0)
        {
            statements.Add(AssumeRoles(roles));
        }

        return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
    }

    // The connections' roles by their full ARNs (each names its own partition and account), never a wildcard: the console
    // may step into exactly the accounts it is configured for.
    private static JsonObject AssumeRoles(IReadOnlyList<string> roleArns)
    {
        var statement = Statement("EcsConsoleAssumeConnectionRoles", ["sts:AssumeRole"]);
        statement["Resource"] = new JsonArray(roleArns.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
        return statement;
    }

    // An implied action goes with the access of the calls that need it: a tag-on-create action is a write only if its create is.
    private static List<string> Actions(List<AwsOperation> operations, IEnumerable<AwsImpliedAction> implied, AwsOperationAccess access)
    {
        var called = operations.Where(o => o.Access == access).Select(o => o.Action).ToHashSet(StringComparer.Ordinal);
        var alongside = implied.Where(i => i.RequiredBy.Any(called.Contains)).Select(i => i.Action);
        return called.Concat(alongside).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    // Most describe, list and create actions support no resource-level scoping, so "*" is the least that works for them.
    private static JsonObject Statement(string sid, IReadOnlyList<string> actions) => new()
    {
        ["Sid"] = sid,
        ["Effect"] = "Allow",
        ["Action"] = new JsonArray(actions.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
        ["Resource"] = "*",
    };

    // Roles only (not users or instance profiles), and only towards the one service: a role passed to ECS cannot be passed to EC2.
    private static JsonObject PassRole(string service, AwsPartition partition)
    {
        var statement = Statement("EcsConsolePassRoleTo" + SidPart(service), ["iam:PassRole"]);
        statement["Resource"] = $"arn:{partition.Id}:iam::*:role/*";
        statement["Condition"] = new JsonObject
        {
            ["StringEquals"] = new JsonObject { ["iam:PassedToService"] = service },
        };
        return statement;
    }

    // ecs-tasks.amazonaws.com → EcsTasks; Sids allow only letters and digits.
    private static string SidPart(string service) =>
        string.Concat(service[..service.IndexOf('.', StringComparison.Ordinal)]
            .Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
