using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Security.Iam;

/// <summary>Builds the console's own least-privilege IAM policy documents from <see cref="AwsOperationCatalog"/>.</summary>
public static class IamPolicyGenerator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>What a Viewer-only deployment needs: every read action the console calls.</summary>
    public static JsonObject ReadOnly(IEnumerable<AwsOperation>? operations = null) => Build(operations ?? AwsOperationCatalog.All, includeWrites: false);

    /// <summary>Everything the console calls, including changes; iam:PassRole only towards ECS tasks, and only if a call passes a role.</summary>
    public static JsonObject Full(IEnumerable<AwsOperation>? operations = null) => Build(operations ?? AwsOperationCatalog.All, includeWrites: true);

    public static string ToJson(JsonObject policy) => policy.ToJsonString(Indented);

    private static JsonObject Build(IEnumerable<AwsOperation> operations, bool includeWrites)
    {
        var list = operations.ToList();
        var statements = new JsonArray { Statement("EcsConsoleRead", Actions(list, AwsOperationAccess.Read)) };
        if (includeWrites)
        {
            var writes = Actions(list, AwsOperationAccess.Write);
            if (writes.Count > 0) statements.Add(Statement("EcsConsoleWrite", writes));
            if (list.Any(o => o.Access == AwsOperationAccess.Write && o.PassesRole))
            {
                var passRole = Statement("EcsConsolePassRoleToEcsTasks", ["iam:PassRole"]);
                passRole["Condition"] = new JsonObject
                {
                    ["StringEquals"] = new JsonObject { ["iam:PassedToService"] = "ecs-tasks.amazonaws.com" },
                };
                statements.Add(passRole);
            }
        }

        return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
    }

    private static List<string> Actions(IEnumerable<AwsOperation> operations, AwsOperationAccess access) =>
        operations.Where(o => o.Access == access).Select(o => o.Action).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    // Most ECS/ECR describe and list actions support no resource-level scoping, so "*" is the least that works for them.
    private static JsonObject Statement(string sid, IReadOnlyList<string> actions) => new()
    {
        ["Sid"] = sid,
        ["Effect"] = "Allow",
        ["Action"] = new JsonArray(actions.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
        ["Resource"] = "*",
    };
}
