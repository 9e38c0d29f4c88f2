using System.Text.RegularExpressions;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>
/// IAM's own constraints on the wizard's input, checked before anything is sent: each problem comes back as a message
/// saying what to fix; nothing here throws for bad input.
/// </summary>
public static partial class IamRolesWizardValidator
{
    /// <summary>IAM's limit on the inline policies of one role, in characters without whitespace.</summary>
    public const int InlinePolicyLimit = 10_240;

    public static IReadOnlyList<WizardValidationError> Validate(IamRolesWizardInput input)
    {
        var errors = new List<WizardValidationError>();
        if (input.Roles.Count == 0)
        {
            errors.Add(new("Roles", "Pick at least one role to set up."));
        }

        var names = new List<(string Field, string Name)>();
        foreach (var (kind, field, name) in NamedRoles(input))
        {
            if (!input.Roles.Contains(kind))
            {
                continue;
            }

            RoleName(errors, field, name, 64);
            names.Add((field, name));
        }

        foreach (var duplicate in names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1 && g.Key.Length > 0))
        {
            errors.Add(new(duplicate.Last().Field, $"Role name '{duplicate.Key}' is used twice; IAM role names are unique in the account (case does not count)."));
        }

        errors.AddRange(WizardTags.Validate(input.Tags, "IAM", WizardTags.Owner, keysIgnoreCase: true));
        if (input.Roles.Contains(EcsRoleKind.TaskExecution))
        {
            foreach (var secret in input.ExecutionSecrets.Where(s => !SecretArn().IsMatch(s.Trim())))
            {
                errors.Add(new("ExecutionSecrets", $"'{secret}' is not a Secrets Manager secret ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)."));
            }

            Size(errors, "ExecutionSecrets", TaskRolePolicyBuilder.ExecutionSecrets(input.ExecutionSecrets));
        }

        if (input.Roles.Contains(EcsRoleKind.Task))
        {
            foreach (var grant in input.TaskGrants)
            {
                if (GrantProblem(grant) is { } problem)
                {
                    errors.Add(new("TaskGrants", problem));
                }
            }

            Size(errors, "TaskGrants", TaskRolePolicyBuilder.Build(input.TaskGrants));
        }

        return errors;
    }

    internal static IEnumerable<(EcsRoleKind Kind, string Field, string Name)> NamedRoles(IamRolesWizardInput input) =>
    [
        (EcsRoleKind.TaskExecution, nameof(input.ExecutionRoleName), input.ExecutionRoleName.Trim()),
        (EcsRoleKind.Task, nameof(input.TaskRoleName), input.TaskRoleName.Trim()),
        (EcsRoleKind.ContainerInstance, nameof(input.InstanceRoleName), input.InstanceRoleName.Trim()),
        (EcsRoleKind.Infrastructure, nameof(input.InfrastructureRoleName), input.InfrastructureRoleName.Trim()),
    ];

    private static void RoleName(List<WizardValidationError> errors, string field, string name, int max)
    {
        if (name.Length == 0)
        {
            errors.Add(new(field, "Give the role a name."));
        }
        else if (name.Length > max)
        {
            errors.Add(new(field, $"Role name '{name}' is {name.Length} characters; IAM allows at most {max}."));
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add(new(field, $"Role name '{name}' may only use letters, digits and + = , . @ _ - (no spaces or slashes)."));
        }
    }

    private static string? GrantProblem(ResourceGrant grant)
    {
        var resource = grant.Resource.Trim();
        return grant.Kind switch
        {
            GrantResourceKind.DynamoDbTable when !DynamoTableArn().IsMatch(resource) =>
                $"'{resource}' is not a DynamoDB table ARN (arn:<partition>:dynamodb:<region>:<account>:table/<name>, name 3-255 of letters, digits, _ . -).",
            GrantResourceKind.S3Bucket when !S3Bucket().IsMatch(resource) || resource.Contains("..", StringComparison.Ordinal) =>
                $"'{resource}' is not an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit).",
            GrantResourceKind.SqsQueue when !SqsQueueArn().IsMatch(resource) =>
                $"'{resource}' is not an SQS queue ARN (arn:<partition>:sqs:<region>:<account>:<queue>, queue 1-80 of letters, digits, _ -, optional .fifo).",
            GrantResourceKind.Secret when !SecretArn().IsMatch(resource) =>
                $"'{resource}' is not a Secrets Manager secret ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>).",
            _ => null,
        };
    }

    private static void Size(List<WizardValidationError> errors, string field, string? policy)
    {
        var length = policy?.Count(c => !char.IsWhiteSpace(c)) ?? 0;
        if (length > InlinePolicyLimit)
        {
            errors.Add(new(field, $"The generated policy is {length} characters; IAM allows {InlinePolicyLimit} per role. Pick fewer resources or split them across roles."));
        }
    }

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NamePattern();



    [GeneratedRegex(@"^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table/[A-Za-z0-9_.-]{3,255}$")]
    private static partial Regex DynamoTableArn();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex S3Bucket();

    [GeneratedRegex(@"^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$")]
    private static partial Regex SqsQueueArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$")]
    private static partial Regex SecretArn();
}
