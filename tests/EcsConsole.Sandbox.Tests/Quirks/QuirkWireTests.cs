using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Testing;

namespace EcsConsole.Sandbox.Tests.Quirks;

// Each quirk as a client sees it on the wire; only the answer changes, never the simulation behind it.
public sealed class QuirkWireTests
{
    /// <summary>Every quirk on, every seeded choice taken, no operation missing: the most the answers can differ.</summary>
    private static readonly SandboxQuirks All = new() { Enabled = true, Share = 1, HtmlErrorOperations = "" };

    /// <summary>Only the given switch on, everything else off.</summary>
    private static readonly SandboxQuirks None = new()
    {
        Enabled = true, ScalarKinds = false, UnknownMembers = false, UnknownEnumValues = false, DropOptionalMembers = false,
        OmitCurrentServiceDeployment = false, HtmlErrorOperations = "",
    };

    [RequiresAwsModelsFact]
    public async Task DescribeTasks_DefaultOptions_ContainerCpuStaysAModelStringAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(new SandboxOptions().Quirks);

        var reply = await sandbox.DescribeUsersTasksAsync();

        var container = reply.Json!["tasks"]![0]!["containers"]![0]!;
        Assert.Equal(JsonValueKind.String, container["cpu"]!.GetValueKind());
        Assert.Empty(QuirkSandbox.Models.Ecs.ValidateJsonOutput("DescribeTasks", reply.Json));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeTasks_Issue12Profile_ContainerCpuIsANumberAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(new SandboxQuirks { Enabled = true });

        var reply = await sandbox.DescribeUsersTasksAsync();

        var containers = reply.Json!["tasks"]!.AsArray().SelectMany(t => t!["containers"]!.AsArray()).ToList();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal(JsonValueKind.Number, c!["cpu"]!.GetValueKind()));
        Assert.Contains(QuirkSandbox.Models.Ecs.ValidateJsonOutput("DescribeTasks", reply.Json), v => v.Contains(".containers[0].cpu: expected a string", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeServices_UnknownMembers_EveryObjectCarriesAMemberTheModelDoesNotNameAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { UnknownMembers = true });

        var reply = await sandbox.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users") });

        var violations = QuirkSandbox.Models.Ecs.ValidateJsonOutput("DescribeServices", reply.Json);
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains("is not a member of", v));
        var service = reply.Json!["services"]![0]!.AsObject();
        Assert.Contains(reply.Json!.AsObject(), m => m.Key.StartsWith("quirk", StringComparison.Ordinal));
        Assert.Contains(service, m => m.Key.StartsWith("quirk", StringComparison.Ordinal));
        Assert.All(service["deployments"]!.AsArray(), d => Assert.Contains(d!.AsObject(), m => m.Key.StartsWith("quirk", StringComparison.Ordinal)));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeRepositories_UnknownEnumValues_TagMutabilityIsAValueTheModelDoesNotListAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { UnknownEnumValues = true });

        var reply = await sandbox.EcrAsync("DescribeRepositories", []);

        Assert.All(reply.Json!["repositories"]!.AsArray(), r => Assert.Equal("NEWER_THAN_THE_MODEL", r!["imageTagMutability"]!.GetValue<string>()));
        var violations = QuirkSandbox.Models.Ecr.ValidateJsonOutput("DescribeRepositories", reply.Json);
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains("not in enum", v));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeServices_ScalarKindsForEveryChoice_NumbersAndBooleansArriveAsStringsAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { ScalarKinds = true, Share = 1 });

        var reply = await sandbox.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users") });

        var service = reply.Json!["services"]![0]!;
        Assert.Equal(JsonValueKind.String, service["desiredCount"]!.GetValueKind());
        // prod users is seeded with execute command on (the ECS Exec story).
        Assert.Equal("true", service["enableExecuteCommand"]!.GetValue<string>());
        var violations = QuirkSandbox.Models.Ecs.ValidateJsonOutput("DescribeServices", reply.Json);
        Assert.Contains(violations, v => v.Contains(".desiredCount: expected an integral number", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(".enableExecuteCommand: expected a boolean", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeTasks_DropOptionalMembersForEveryChoice_LeavesOutOptionalsButKeepsIdentifiersAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { DropOptionalMembers = true, Share = 1 });

        var reply = await sandbox.DescribeUsersTasksAsync();

        var task = reply.Json!["tasks"]![0]!.AsObject();
        Assert.False(task.ContainsKey("availabilityZone"));
        Assert.False(task.ContainsKey("enableExecuteCommand"));
        foreach (var kept in new[] { "taskArn", "clusterArn", "taskDefinitionArn", "group", "lastStatus", "desiredStatus", "createdAt", "cpu" })
        {
            Assert.True(task.ContainsKey(kept), $"{kept} was dropped");
        }

        Assert.DoesNotContain(QuirkSandbox.Models.Ecs.ValidateJsonOutput("DescribeTasks", reply.Json), v => v.Contains("required member", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public async Task ListServiceDeployments_Issue12Profile_AnswersAnHtml500PageAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(new SandboxQuirks { Enabled = true });

        var reply = await sandbox.EcsAsync("ListServiceDeployments", new JsonObject { ["cluster"] = "prod", ["service"] = "users" });

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("text/html", reply.ContentType);
        Assert.StartsWith("<!doctype html><html><head><title>Internal Server Error</title>", reply.Body, StringComparison.Ordinal);
    }

    [RequiresAwsModelsFact]
    public async Task GetCallerIdentity_ListedAsHtmlError_QueryCallAlsoAnswersTheHtmlPageAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { HtmlErrorOperations = "GetCallerIdentity" });

        var reply = await sandbox.Wire.SendQueryAsync(QuirkSandbox.Models.Sts, new Dictionary<string, string> { ["Action"] = "GetCallerIdentity", ["Version"] = "2011-06-15" });

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Contains("<title>Internal Server Error</title>", reply.Body, StringComparison.Ordinal);
    }

    [RequiresAwsModelsFact]
    public async Task ListServiceDeployments_ListedAsUnknown_AnswersModelValidUnknownOperationExceptionAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { UnknownOperations = "ListServiceDeployments" });

        var reply = await sandbox.EcsAsync("ListServiceDeployments", new JsonObject { ["cluster"] = "prod", ["service"] = "users" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("UnknownOperationException", ServiceModel.ErrorCodeFromType(reply.Json!["__type"]!.GetValue<string>()));
        Assert.Empty(QuirkSandbox.Models.Ecs.ValidateJsonError("ListServiceDeployments", reply.Json));
    }

    [RequiresAwsModelsFact]
    public async Task UpdateService_OmitCurrentServiceDeployment_AnswersWithoutItButTheDeploymentStartsAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(None with { OmitCurrentServiceDeployment = true });
        var before = sandbox.Server.Engine.Read(s => s.FindCluster("prod")!.Services.Single(v => v.Name == "users").Deployments.Count);

        var reply = await sandbox.EcsAsync("UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "users", ["forceNewDeployment"] = true });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.Json!["service"]!.AsObject().ContainsKey("currentServiceDeployment"));
        Assert.Equal(before + 1, sandbox.Server.Engine.Read(s => s.FindCluster("prod")!.Services.Single(v => v.Name == "users").Deployments.Count));
        var described = await sandbox.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users") });
        Assert.True(described.Json!["services"]![0]!.AsObject().ContainsKey("currentServiceDeployment"));
    }

    [RequiresAwsModelsFact]
    public async Task DescribeServices_SameSeedTwice_AnswersTheSameBytesAsync()
    {
        await using var first = await QuirkSandbox.StartAsync(new SandboxQuirks { Enabled = true, Seed = 5 });
        await using var second = await QuirkSandbox.StartAsync(new SandboxQuirks { Enabled = true, Seed = 5 });
        await using var other = await QuirkSandbox.StartAsync(new SandboxQuirks { Enabled = true, Seed = 6 });
        var body = new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users", "news", "market", "blog") };

        var one = await first.EcsAsync("DescribeServices", body);
        var two = await second.EcsAsync("DescribeServices", body);
        var three = await other.EcsAsync("DescribeServices", body);

        Assert.Equal(one.Body, two.Body);
        Assert.NotEqual(one.Body, three.Body);
    }

    [RequiresAwsModelsFact]
    public async Task DescribeTaskDefinition_QuirksOnThenOff_AnswersTheSameBytesAsBeforeAsync()
    {
        await using var sandbox = await QuirkSandbox.StartAsync(new SandboxQuirks());
        var body = new JsonObject { ["taskDefinition"] = "users", ["include"] = new JsonArray("TAGS") };
        var before = await sandbox.EcsAsync("DescribeTaskDefinition", body);

        sandbox.Server.Quirks = All;
        var quirked = await sandbox.EcsAsync("DescribeTaskDefinition", body);
        sandbox.Server.Quirks = new SandboxQuirks();
        var after = await sandbox.EcsAsync("DescribeTaskDefinition", body);

        Assert.NotEqual(before.Body, quirked.Body);
        Assert.Equal(before.Body, after.Body);
    }

    [RequiresAwsModelsFact]
    public async Task DescribeServices_EverySwitchOnButNotEnabled_AnswersWhatTheDefaultSandboxAnswersAsync()
    {
        await using var plain = await QuirkSandbox.StartAsync(new SandboxOptions().Quirks);
        await using var disabled = await QuirkSandbox.StartAsync(All with { Enabled = false, HtmlErrorOperations = "DescribeServices", UnknownOperations = "ListTasks" });
        var body = new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users", "news") };

        var expected = await plain.EcsAsync("DescribeServices", body);
        var actual = await disabled.EcsAsync("DescribeServices", body);
        var tasks = await disabled.EcsAsync("ListTasks", new JsonObject { ["cluster"] = "prod" });

        Assert.Equal(HttpStatusCode.OK, actual.Status);
        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(HttpStatusCode.OK, tasks.Status);
    }
}
