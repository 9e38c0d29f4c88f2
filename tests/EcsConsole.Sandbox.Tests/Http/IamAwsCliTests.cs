using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>`aws iam ...` (botocore) against the sandbox: the wizards' IAM calls read back as the CLI parses them, errors with IAM's codes.</summary>
public sealed class IamAwsCliTests : IAsyncLifetime
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_RoleLifecycle_CreatesReadsAndDeletes()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var created = await cli.JsonAsync("iam", "create-role", "--role-name", "users-task", "--assume-role-policy-document", Trust,
            "--tags", "Key=team,Value=identity", "Key=service,Value=users");
        var put = await cli.RunAsync("iam", "put-role-policy", "--role-name", "users-task", "--policy-name", "dynamodb",
            "--policy-document", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"*"}]}""");
        Assert.Equal(0, put.ExitCode);
        var read = await cli.JsonAsync("iam", "get-role", "--role-name", "users-task");
        var inline = await cli.JsonAsync("iam", "list-role-policies", "--role-name", "users-task");
        var execution = await cli.JsonAsync("iam", "list-attached-role-policies", "--role-name", "ecsTaskExecutionRole");

        Assert.Equal("arn:aws:iam::000000000000:role/users-task", created["Role"]!["Arn"]!.GetValue<string>());
        // botocore decodes IAM's URL-encoded policy documents into JSON objects.
        Assert.Equal("ecs-tasks.amazonaws.com", read["Role"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]!.GetValue<string>());
        Assert.Equal(["dynamodb"], inline["PolicyNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("AmazonECSTaskExecutionRolePolicy", execution["AttachedPolicies"]![0]!["PolicyName"]!.GetValue<string>());

        var conflict = await cli.RunAsync("iam", "delete-role", "--role-name", "users-task");
        Assert.Contains("DeleteConflict", conflict.Error, StringComparison.Ordinal);
        await cli.RunAsync("iam", "delete-role-policy", "--role-name", "users-task", "--policy-name", "dynamodb");
        var deleted = await cli.RunAsync("iam", "delete-role", "--role-name", "users-task");
        Assert.Equal(0, deleted.ExitCode);
        var missing = await cli.RunAsync("iam", "get-role", "--role-name", "users-task");
        Assert.Contains("NoSuchEntity", missing.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_ExistingRoleName_AnswersEntityAlreadyExists()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var reply = await cli.RunAsync("iam", "create-role", "--role-name", "ecsTaskExecutionRole", "--assume-role-policy-document", Trust);

        Assert.NotEqual(0, reply.ExitCode);
        Assert.Contains("EntityAlreadyExists", reply.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_InstanceProfile_HoldsOneRole()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        await cli.JsonAsync("iam", "create-role", "--role-name", "prod-ecs-instance", "--assume-role-policy-document",
            Trust.Replace("ecs-tasks", "ec2", StringComparison.Ordinal));
        await cli.JsonAsync("iam", "create-instance-profile", "--instance-profile-name", "prod-ecs-instance");
        var added = await cli.RunAsync("iam", "add-role-to-instance-profile", "--instance-profile-name", "prod-ecs-instance", "--role-name", "prod-ecs-instance");
        Assert.Equal(0, added.ExitCode);

        var profile = await cli.JsonAsync("iam", "get-instance-profile", "--instance-profile-name", "prod-ecs-instance");
        var second = await cli.RunAsync("iam", "add-role-to-instance-profile", "--instance-profile-name", "prod-ecs-instance", "--role-name", "ecsTaskExecutionRole");

        Assert.Equal("prod-ecs-instance", profile["InstanceProfile"]!["Roles"]![0]!["RoleName"]!.GetValue<string>());
        Assert.Contains("LimitExceeded", second.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_ServiceLinkedRole_TakenOnceThenInvalidInput()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var created = await cli.JsonAsync("iam", "create-service-linked-role", "--aws-service-name", "ecs.application-autoscaling.amazonaws.com");
        var again = await cli.RunAsync("iam", "create-service-linked-role", "--aws-service-name", "ecs.amazonaws.com");

        Assert.Equal("AWSServiceRoleForApplicationAutoScaling_ECSService", created["Role"]!["RoleName"]!.GetValue<string>());
        Assert.Contains("InvalidInput", again.Error, StringComparison.Ordinal);
    }
}
