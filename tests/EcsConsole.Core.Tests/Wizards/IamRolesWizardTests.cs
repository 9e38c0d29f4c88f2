using System.Text.Json.Nodes;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards;

public sealed class IamRolesWizardTests
{
    public static IamRolesWizardInput UsersInput()
    {
        var input = new IamRolesWizardInput
        {
            ServiceName = "users",
            Roles = [EcsRoleKind.EcsServiceLinked, EcsRoleKind.TaskExecution, EcsRoleKind.Task, EcsRoleKind.ContainerInstance, EcsRoleKind.Infrastructure],
            Tags = [new("team", "identity"), new("service", "users")],
            ExecutionSecrets = ["arn:aws:secretsmanager:eu-west-1:000000000000:secret:users/db-AbCdEf"],
            TaskGrants = [new(GrantResourceKind.DynamoDbTable, "arn:aws:dynamodb:eu-west-1:000000000000:table/users", GrantAccess.ReadWrite)],
        };
        input.FillDefaultNames();
        return input;
    }

    [Fact]
    public void Plan_ValidInput_ListsEveryCallInDependencyOrder()
    {
        var (plan, errors) = IamRolesWizard.Plan(UsersInput());

        Assert.Empty(errors);
        Assert.Equal(
        [
            "iam:CreateServiceLinkedRole",
            "iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy",
            "iam:CreateRole", "iam:PutRolePolicy",
            "iam:CreateRole", "iam:AttachRolePolicy", "iam:CreateInstanceProfile", "iam:AddRoleToInstanceProfile",
            "iam:CreateRole", "iam:AttachRolePolicy",
        ], plan!.Calls.Select(c => c.Action));
        Assert.All(plan.Calls, c => Assert.NotNull(c.Undo));
    }

    [Fact]
    public void Plan_CreateRole_BodyUsesModelMemberNamesWithTagsAndTrust()
    {
        var (plan, _) = IamRolesWizard.Plan(UsersInput());

        var create = JsonNode.Parse(plan!.Calls.First(c => c.Operation == "CreateRole" && c.Creates == "role users-task").Body)!;
        Assert.Equal("users-task", create["RoleName"]!.GetValue<string>());
        Assert.Equal(["ecs-tasks.amazonaws.com"], TrustPolicies.Principals(create["AssumeRolePolicyDocument"]!.GetValue<string>()));
        Assert.Equal("team", create["Tags"]![0]!["Key"]!.GetValue<string>());
    }

    [Fact]
    public void Plan_RoleTrusts_MatchTheirKinds()
    {
        var (plan, _) = IamRolesWizard.Plan(UsersInput());

        var trusts = plan!.Calls.Where(c => c.Operation == "CreateRole")
            .ToDictionary(c => JsonNode.Parse(c.Body)!["RoleName"]!.GetValue<string>(), c => TrustPolicies.Principals(JsonNode.Parse(c.Body)!["AssumeRolePolicyDocument"]!.GetValue<string>()).Single());
        Assert.Equal("ecs-tasks.amazonaws.com", trusts["users-execution"]);
        Assert.Equal("ec2.amazonaws.com", trusts["ecs-instance"]);
        Assert.Equal("ecs.amazonaws.com", trusts["ecs-infrastructure"]);
    }

    [Theory]
    [InlineData("users task")]
    [InlineData("users/task")]
    [InlineData("")]
    [InlineData("a-role-name-that-is-much-longer-than-the-sixty-four-characters-iam-allows")]
    public void Plan_BadRoleName_ReturnsMessageNotException(string name)
    {
        var input = UsersInput();
        input.TaskRoleName = name;

        var (plan, errors) = IamRolesWizard.Plan(input);

        Assert.Null(plan);
        var error = Assert.Single(errors);
        Assert.Equal(nameof(IamRolesWizardInput.TaskRoleName), error.Field);
    }

    [Fact]
    public void Plan_MissingServiceTag_SaysWhichTagIsNeeded()
    {
        var input = UsersInput();
        input.Tags = [new("team", "identity")];

        var (_, errors) = IamRolesWizard.Plan(input);

        Assert.Contains(errors, e => e.Field == "Tags" && e.Message.Contains("'service'", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_FiftyOneTags_IsRefused()
    {
        var input = UsersInput();
        input.Tags.AddRange(Enumerable.Range(0, 49).Select(i => new WizardTag($"extra{i}", "x")));

        var (_, errors) = IamRolesWizard.Plan(input);

        Assert.Contains(errors, e => e.Message.Contains("at most 50", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_TagKeyTooLong_IsRefused()
    {
        var input = UsersInput();
        input.Tags.Add(new(new string('k', 129), "v"));

        Assert.Contains(IamRolesWizard.Plan(input).Errors, e => e.Message.Contains("1-128", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(GrantResourceKind.DynamoDbTable, "users")]
    [InlineData(GrantResourceKind.S3Bucket, "Users_Bucket")]
    [InlineData(GrantResourceKind.SqsQueue, "arn:aws:sqs:eu-west-1:42:users")]
    [InlineData(GrantResourceKind.Secret, "arn:aws:s3:::bucket")]
    public void Plan_MalformedResource_ExplainsTheExpectedForm(GrantResourceKind kind, string resource)
    {
        var input = UsersInput();
        input.TaskGrants = [new(kind, resource, GrantAccess.Read)];

        var error = Assert.Single(IamRolesWizard.Plan(input).Errors);

        Assert.Contains(resource, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_HugeTaskPolicy_IsRefusedBeforeSending()
    {
        var input = UsersInput();
        input.TaskGrants = Enumerable.Range(0, 300)
            .Select(i => new ResourceGrant(GrantResourceKind.DynamoDbTable, $"arn:aws:dynamodb:eu-west-1:000000000000:table/table-number-{i:000}", GrantAccess.Read)).ToList();

        Assert.Contains(IamRolesWizard.Plan(input).Errors, e => e.Field == "TaskGrants" && e.Message.Contains("10240", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SameNameForTwoRoles_IsRefused()
    {
        var input = UsersInput();
        input.TaskRoleName = "Users-Execution";

        Assert.Contains(IamRolesWizard.Plan(input).Errors, e => e.Message.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_UsersWithOneTable_GrantsDynamoOnThatTableAndNothingOnS3()
    {
        var policy = JsonNode.Parse(TaskRolePolicyBuilder.Build(UsersInput().TaskGrants)!)!;

        var actions = policy["Statement"]!.AsArray().SelectMany(s => s!["Action"]!.AsArray().Select(a => a!.GetValue<string>())).ToList();
        var resources = policy["Statement"]!.AsArray().SelectMany(s => s!["Resource"]!.AsArray().Select(a => a!.GetValue<string>())).ToList();
        Assert.Contains("dynamodb:PutItem", actions);
        Assert.DoesNotContain(actions, a => a.StartsWith("s3:", StringComparison.Ordinal));
        Assert.DoesNotContain("*", resources);
        Assert.Equal(["arn:aws:dynamodb:eu-west-1:000000000000:table/users", "arn:aws:dynamodb:eu-west-1:000000000000:table/users/index/*"], resources);
    }

    [Fact]
    public void Build_ReadOnlyBucket_ListsAndGetsButNeverPuts()
    {
        var policy = TaskRolePolicyBuilder.Build([new(GrantResourceKind.S3Bucket, "news-assets", GrantAccess.Read)])!;

        Assert.Contains("s3:GetObject", policy, StringComparison.Ordinal);
        Assert.Contains("arn:aws:s3:::news-assets/*", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("s3:PutObject", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cn-northwest-1", "arn:aws-cn:iam::aws:policy/")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:iam::aws:policy/")]
    [InlineData("eu-west-1", "arn:aws:iam::aws:policy/")]
    public void Plan_ConnectionPartition_AttachesManagedPoliciesOfThatPartition(string region, string prefix)
    {
        var (plan, _) = IamRolesWizard.Plan(UsersInput(), AwsPartition.ForRegion(region));

        var attached = plan!.Calls.Where(c => c.Operation == "AttachRolePolicy").Select(c => JsonNode.Parse(c.Body)!["PolicyArn"]!.GetValue<string>()).ToList();
        Assert.Equal(3, attached.Count);
        Assert.All(attached, arn => Assert.StartsWith(prefix, arn, StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_S3GrantInChina_NamesTheBucketWithTheAwsCnPartition()
    {
        var input = UsersInput();
        input.TaskGrants = [new(GrantResourceKind.S3Bucket, "users-avatars", GrantAccess.Read)];

        var (plan, _) = IamRolesWizard.Plan(input, AwsPartition.ForRegion("cn-north-1"));

        var policy = JsonNode.Parse(plan!.Calls.Single(c => c.Operation == "PutRolePolicy" && c.Creates.Contains("task-access", StringComparison.Ordinal)).Body)!["PolicyDocument"]!.GetValue<string>();
        Assert.Contains("arn:aws-cn:s3:::users-avatars/*", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("arn:aws:", policy, StringComparison.Ordinal);
    }
}
