using System.Text.Json.Nodes;
using EcsConsole.Aws.Endpoints;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>
/// Least-privilege policies: each grant becomes the few actions its access needs on exactly that resource, so a task
/// role for the users service touching one DynamoDB table gets DynamoDB on that table and nothing on S3.
/// </summary>
public static class TaskRolePolicyBuilder
{
    private static readonly string[] DynamoRead = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"];
    private static readonly string[] DynamoWrite = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];
    private static readonly string[] S3ReadObjects = ["s3:GetObject"];
    private static readonly string[] S3WriteObjects = ["s3:PutObject", "s3:DeleteObject"];
    private static readonly string[] SqsRead = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"];
    private static readonly string[] SqsWrite = ["sqs:SendMessage"];
    private static readonly string[] SecretRead = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"];
    private static readonly string[] SecretWrite = ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret"];

    /// <summary>
    /// The task role's inline policy, or null when no resource was picked (the role then may touch nothing). S3 buckets,
    /// picked by name, become ARNs of <paramref name="partition"/> (aws when not given).
    /// </summary>
    public static string? Build(IEnumerable<ResourceGrant> grants, AwsPartition? partition = null)
    {
        var arnPrefix = $"arn:{(partition ?? AwsPartition.Aws).Id}";
        var statements = new JsonArray();
        foreach (var group in grants.GroupBy(g => (g.Kind, g.Access)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Access))
        {
            var (kind, access) = group.Key;
            var write = access == GrantAccess.ReadWrite;
            var resources = group.Select(g => g.Resource.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var sid = $"{kind}{access}";
            switch (kind)
            {
                case GrantResourceKind.DynamoDbTable:
                    statements.Add(Statement(sid, write ? [.. DynamoRead, .. DynamoWrite] : DynamoRead, resources.SelectMany(t => new[] { t, t + "/index/*" })));
                    break;
                case GrantResourceKind.S3Bucket:
                    statements.Add(Statement(sid + "Bucket", ["s3:ListBucket"], resources.Select(b => $"{arnPrefix}:s3:::{b}")));
                    statements.Add(Statement(sid + "Objects", write ? [.. S3ReadObjects, .. S3WriteObjects] : S3ReadObjects, resources.Select(b => $"{arnPrefix}:s3:::{b}/*")));
                    break;
                case GrantResourceKind.SqsQueue:
                    statements.Add(Statement(sid, write ? [.. SqsRead, .. SqsWrite] : SqsRead, resources));
                    break;
                case GrantResourceKind.Secret:
                    statements.Add(Statement(sid, write ? [.. SecretRead, .. SecretWrite] : SecretRead, resources));
                    break;
            }
        }

        return statements.Count == 0 ? null : Document(statements);
    }

    /// <summary>The execution role's inline policy for the secrets ECS injects, or null without secrets.</summary>
    public static string? ExecutionSecrets(IEnumerable<string> secretArns)
    {
        var resources = secretArns.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return resources.Count == 0 ? null : Document(new JsonArray(Statement("ReadTaskSecrets", ["secretsmanager:GetSecretValue"], resources)));
    }

    private static string Document(JsonArray statements) => new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements }.ToJsonString();

    private static JsonObject Statement(string sid, IEnumerable<string> actions, IEnumerable<string> resources) => new()
    {
        ["Sid"] = sid,
        ["Effect"] = "Allow",
        ["Action"] = new JsonArray([.. actions.Select(a => (JsonNode)a)]),
        ["Resource"] = new JsonArray([.. resources.Select(r => (JsonNode)r)]),
    };
}
