using System.Text.Json.Nodes;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Iam;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Logs;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Rollouts.CodeDeploy;
using EcsConsole.Core.Scaling;
using EcsConsole.Core.TaskDefinitions;
using EcsConsole.Core.Tests.Delivery;
using EcsConsole.Core.Tests.Rollouts;
using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using EcsConsole.Core.Security.Iam;
using EcsConsole.Core.Tests.Wizards;
using EcsConsole.Core.Tests.Wizards.Clusters;
using EcsConsole.Core.Tests.Wizards.Services;
using EcsConsole.Core.Tests.Wizards.TaskDefinitions;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Core.Wizards.TaskDefinitions;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EcsConsole.Core.Tests.Security;

/// <summary>
/// The console's IAM policy from what it really calls: one tour drives every code path of Core that calls AWS against the
/// sandbox and records, from the console's own <see cref="AwsCallLog"/>, every (service, operation) that console code sent.
/// The operations the tests arrange with are left out: only the calls made while console code runs count. The policy's
/// operations must equal what was observed plus <see cref="AwsOperationCatalog.NotObservedOnSandbox"/>, each with its reason.
/// </summary>
public sealed class ConsoleCallLogTests(ITestOutputHelper output)
{
    // AwsServiceDescriptor.ServiceId → the IAM service prefix (mostly the signing name; CloudWatch signs as "monitoring").
    private static readonly Dictionary<string, string> IamPrefix = new(StringComparer.Ordinal)
    {
        [AwsServices.Ecs.ServiceId] = "ecs",
        [AwsServices.Ecr.ServiceId] = "ecr",
        [AwsServices.Logs.ServiceId] = "logs",
        [AwsServices.ApplicationAutoScaling.ServiceId] = "application-autoscaling",
        [AwsServices.CodeDeploy.ServiceId] = "codedeploy",
        [AwsServices.ServiceDiscovery.ServiceId] = "servicediscovery",
        [AwsServices.CloudWatch.ServiceId] = "cloudwatch",
        [AwsServices.Iam.ServiceId] = "iam",
        [AwsServices.ElasticLoadBalancingV2.ServiceId] = "elasticloadbalancing",
        [AwsServices.AutoScaling.ServiceId] = "autoscaling",
        [AwsServices.Ec2.ServiceId] = "ec2",
        [AwsServices.Ssm.ServiceId] = "ssm",
        [AwsServices.Sts.ServiceId] = "sts",
    };

    private readonly SortedSet<string> _observed = new(StringComparer.Ordinal);

    // The role ARNs the tour's connections assume: the policy grants sts:AssumeRole on them, and on nothing without them.
    private readonly List<string> _assumedRoles = [];

    [Fact]
    public async Task Tour_EveryCodePathThatCallsAws_CallsExactlyThePolicysOperationsAsync()
    {
        await ServiceWizardAsync();
        await ClusterAndTaskDefinitionAndRoleWizardsAsync();
        await FleetReadsAsync();
        await RolloutsAndScalingAsync();
        await CodeDeployAsync();
        await DeliveryAsync();

        output.WriteLine("Observed: " + string.Join(", ", _observed));
        var catalogued = AwsOperationCatalog.All.Select(o => o.Action).ToHashSet(StringComparer.Ordinal);
        Assert.True(_assumedRoles.Count > 0 == _observed.Contains("sts:AssumeRole"), "sts:AssumeRole is observed exactly when a connection of the tour names a role.");
        if (_assumedRoles.Count > 0)
        {
            catalogued.Add("sts:AssumeRole");
        }

        var calledButNotCatalogued = _observed.Where(a => !catalogued.Contains(a)).ToList();
        Assert.True(calledButNotCatalogued.Count == 0, $"Console code called these, which AwsOperationCatalog.All does not list: {string.Join(", ", calledButNotCatalogued)}");
        var documented = AwsOperationCatalog.NotObservedOnSandbox.Select(n => n.Action).ToList();
        var documentedButSeen = documented.Where(_observed.Contains).ToList();
        Assert.True(documentedButSeen.Count == 0, $"NotObservedOnSandbox lists these, but the tour observed them; remove them from the list: {string.Join(", ", documentedButSeen)}");
        Assert.All(AwsOperationCatalog.NotObservedOnSandbox, n => Assert.False(string.IsNullOrWhiteSpace(n.Why)));

        // The generated policy is exactly: what was observed (less what needs no permission), the documented unobserved
        // operations, the actions AWS authorizes alongside them (tag-on-create) and iam:PassRole.
        var free = AwsOperationCatalog.All.Where(o => o.Access == AwsOperationAccess.Unauthenticated).Select(o => o.Action).ToHashSet(StringComparer.Ordinal);
        var expected = _observed.Where(a => !free.Contains(a))
            .Concat(documented)
            .Concat(AwsOperationCatalog.Implied.Select(i => i.Action))
            .Append("iam:PassRole")
            .ToHashSet(StringComparer.Ordinal);
        var granted = IamPolicyGenerator.GrantedActions(IamPolicyGenerator.Full(assumedRoles: _assumedRoles)).ToHashSet(StringComparer.Ordinal);
        var grantedButNeverSeen = granted.Except(expected).Order(StringComparer.Ordinal).ToList();
        var seenButNotGranted = expected.Except(granted).Order(StringComparer.Ordinal).ToList();
        Assert.True(grantedButNeverSeen.Count == 0,
            $"The policy grants these but no console code path in the tour called them: drive the path here, or add the action to AwsOperationCatalog.NotObservedOnSandbox with why: {string.Join(", ", grantedButNeverSeen)}");
        Assert.True(seenButNotGranted.Count == 0, $"The console called these but the generated policy does not grant them: {string.Join(", ", seenButNotGranted)}");
    }

    // Runs console code, keeping the operations its calls sent (the counters that moved while it ran; the tour is sequential
    // and nothing else uses this call log meanwhile).
    private async Task<T> ConsoleAsync<T>(AwsCallLog calls, Func<Task<T>> action)
    {
        var before = calls.Snapshot();
        var result = await action();
        foreach (var (key, count) in calls.Snapshot())
        {
            if (!before.TryGetValue(key, out var earlier) || count > earlier)
            {
                var space = key.LastIndexOf(' ');
                var service = key[..space];
                Assert.True(IamPrefix.TryGetValue(service, out var prefix), $"Map the AWS service '{service}' to its IAM prefix.");
                _observed.Add($"{prefix}:{key[(space + 1)..]}");
            }
        }

        return result;
    }

    private Task ConsoleAsync(AwsCallLog calls, Func<Task> action) => ConsoleAsync(calls, async () =>
    {
        await action();
        return true;
    });

    private async Task ServiceWizardAsync()
    {
        await using var sandbox = await ServiceWizardSandbox.StartAsync();
        var plan = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!;

        await ConsoleAsync(sandbox.Calls, () => sandbox.Runner.InspectAsync(plan, CancellationToken.None));
        var run = await ConsoleAsync(sandbox.Calls, () => sandbox.AdvanceWhileAsync(sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None)));
        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        // The same plan again finds everything and tells by the run tags that an earlier run made it.
        // Nothing to wait for, so the clock stays put (it signs the requests; racing it ahead would outrun the sandbox's signature window).
        var again = await ConsoleAsync(sandbox.Calls, () => sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None));
        Assert.True(again.Steps.All(s => s.State == WizardStepState.SkippedExisting), again.Error);
        var rolledBack = await ConsoleAsync(sandbox.Calls, () => sandbox.AdvanceWhileAsync(sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None)));
        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
    }

    private async Task ClusterAndTaskDefinitionAndRoleWizardsAsync()
    {
        await using var sandbox = await WizardSandbox.StartAsync();
        var calls = sandbox.Calls;

        var source = sandbox.Store.Services.GetRequiredService<ClusterWizardSource>();
        var vpc = (await ConsoleAsync(calls, () => source.ListVpcsAsync(CancellationToken.None)))[0].Id;
        await ConsoleAsync(calls, () => source.ListSubnetsAsync(vpc, CancellationToken.None));
        await ConsoleAsync(calls, () => source.ListSecurityGroupsAsync(vpc, CancellationToken.None));
        var input = ClusterWizardInputs.Ec2();
        input.VpcId = vpc;
        input.SecurityGroupIds = [];
        var ami = await ConsoleAsync(calls, () => source.ResolveAmiAsync(input.AmiVariant, CancellationToken.None));
        var (clusterPlan, errors) = ClusterWizard.Plan(input, ami);
        Assert.Empty(errors);
        await RunAndRollBackAsync(sandbox, clusterPlan!);

        // Arranged (not counted): an account where ECS has not made its service-linked role yet, so the wizard creates it.
        await sandbox.Iam.DeleteServiceLinkedRoleAsync(new DeleteServiceLinkedRoleRequest { RoleName = "AWSServiceRoleForECS" });
        var roles = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;
        await RunAndRollBackAsync(sandbox, roles);

        var definitions = sandbox.Store.Services.GetRequiredService<TaskDefinitionWizardSource>();
        await ConsoleAsync(calls, () => definitions.ListTaskRolesAsync(CancellationToken.None));
        var repositories = await ConsoleAsync(calls, () => definitions.ListRepositoriesAsync(CancellationToken.None));
        await ConsoleAsync(calls, () => definitions.ListTagsAsync(repositories[0].Name, CancellationToken.None));
        var taskDefinition = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!;
        var registered = await RunAsync(sandbox, taskDefinition);
        // Again: the log group exists, and its run tag says an earlier run made it.
        await RunAsync(sandbox, taskDefinition);
        await ConsoleAsync(calls, () => definitions.LoadAsync("reports", CancellationToken.None));
        await RollBackAsync(sandbox, registered);
    }

    private async Task RunAndRollBackAsync(WizardSandbox sandbox, WizardPlan plan) => await RollBackAsync(sandbox, await RunAsync(sandbox, plan));

    private async Task<WizardRunRecord> RunAsync(WizardSandbox sandbox, WizardPlan plan)
    {
        await ConsoleAsync(sandbox.Calls, () => sandbox.Runner.InspectAsync(plan, CancellationToken.None));
        var run = await ConsoleAsync(sandbox.Calls, () => sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None));
        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        return run;
    }

    private async Task RollBackAsync(WizardSandbox sandbox, WizardRunRecord run)
    {
        var rolledBack = await ConsoleAsync(sandbox.Calls, () => sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None));
        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
    }

    // What the fleet, service, task and log pages read.
    private async Task FleetReadsAsync()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        await using var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        await using var services = new ServiceCollection().AddSingleton(connection).AddAwsClientsWithoutBudget().BuildServiceProvider();
        var calls = services.GetRequiredService<AwsCallLog>();
        var ecs = services.GetRequiredService<EcsConsole.Aws.Ecs.IEcsClient>();
        time.Advance(TimeSpan.FromMinutes(5));

        await ConsoleAsync(calls, () => new EcsFleetReader(ecs).ReadAsync(CancellationToken.None));
        var cache = new TaskDefinitionCache(ecs, connection);
        var reader = new ServiceReader(ecs, cache, new ServiceSideReader(
            services.GetRequiredService<IElbv2Client>(), services.GetRequiredService<IApplicationAutoScalingClient>(), services.GetRequiredService<IServiceDiscoveryClient>(), time));
        var reading = await ConsoleAsync(calls, () => reader.ReadAsync("prod", "users", CancellationToken.None));
        var task = reading.Tasks!.First(t => t.LastStatus == "RUNNING");
        var detail = await ConsoleAsync(calls, () => new TaskReader(ecs, cache).ReadAsync("prod", task.Id, CancellationToken.None));
        var sources = detail!.LogSources.ToList();
        Assert.NotEmpty(sources);
        var logs = services.GetRequiredService<ILogsClient>();
        var tailOptions = Options.Create(new LogTailOptions());
        await ConsoleAsync(calls, async () =>
        {
            await using var batches = new TaskLogTail(logs, time, tailOptions).FollowAsync(sources, CancellationToken.None).GetAsyncEnumerator();
            Assert.True(await batches.MoveNextAsync());
        });
        await ConsoleAsync(calls, () => new TaskLogSearch(logs, tailOptions).SearchAsync(sources, "GET", CancellationToken.None));
        using var catalog = new TaskDefinitionCatalog(ecs, connection);
        var families = await ConsoleAsync(calls, () => catalog.ListFamiliesAsync());
        await ConsoleAsync(calls, () => catalog.ListRevisionsAsync(families[0]));
        var metrics = new EcsConsole.Core.Metrics.MetricsReader(services.GetRequiredService<EcsConsole.Aws.CloudWatch.ICloudWatchClient>(), connection, time);
        await ConsoleAsync(calls, () => metrics.ReadAsync(
            [EcsConsole.Core.Metrics.MetricRequest.ServiceCpu("prod", "users"), EcsConsole.Core.Metrics.MetricRequest.ServiceMemory("prod", "users")],
            EcsConsole.Core.Metrics.MetricRange.Hour, background: false, CancellationToken.None));
    }

    // Rollouts (rolling, staged with alarms and a pause hook, stopped), their history, and scaling with stop and start.
    private async Task RolloutsAndScalingAsync()
    {
        await using var sandbox = await RolloutSandbox.StartAsync();
        var calls = sandbox.Services.GetRequiredService<AwsCallLog>();

        var scaling = sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<IServiceScaling>();
        // Arranged (not counted): the service already scales automatically, as the wizard leaves it.
        await sandbox.Services.GetRequiredService<IApplicationAutoScalingClient>().RegisterScalableTargetAsync(new RegisterScalableTargetRequest
        {
            ServiceNamespace = "ecs", ResourceId = "service/staging/blog", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 1, MaxCapacity = 4,
        });
        await ConsoleAsync(calls, () => scaling.ReadAsync("staging", "blog"));
        await ConsoleAsync(calls, () => scaling.ScaleAsync("staging", "blog", new ScaleChange(3, new ScalingBounds(2, 6)), "more readers", null));
        await ConsoleAsync(calls, () => scaling.StopAsync("staging", "blog", "night", null));
        await ConsoleAsync(calls, () => scaling.StartAsync("staging", "blog", "morning", null));

        var rollouts = sandbox.Rollouts();
        var current = await ConsoleAsync(calls, () => rollouts.GetStrategyAsync("staging", "users"));
        var settings = current.Settings with
        {
            Strategy = DeploymentStrategyKind.Canary,
            BakeTimeInMinutes = 2,
            Canary = new CanarySettings(10, 2),
            LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"])],
            Alarms = new AlarmSettings(true, true, ["users-5xx"]),
        };
        await ConsoleAsync(calls, () => rollouts.UpdateStrategyAsync("staging", "users", settings, "try a staged strategy", null));
        foreach (var running in await ConsoleAsync(calls, () => sandbox.Watcher.FindInProgressAsync("staging", "users")))
        {
            await sandbox.RunToEndAsync(running);
        }

        sandbox.Sandbox.Engine.Ecr.PushImage("users", "1.5.0");
        var image = await sandbox.ImageAsync("staging", "users", "1.5.0");
        var plan = await ConsoleAsync(calls, () => rollouts.PlanImageRolloutAsync("staging", "users", new Dictionary<string, string> { ["users"] = image }));
        var started = await ConsoleAsync(calls, () => rollouts.StartAsync(plan, "ship 1.5.0", null));
        await ConsoleAsync(calls, async () =>
        {
            await using var watcher = sandbox.FakeClockWatcher();
            await using var lease = watcher.Watch("staging", "users", started.ServiceDeploymentArn!);
            await sandbox.AdvanceUntilAsync((DeploymentMonitor)lease.Monitor, p => p.PendingHook is not null);
        });
        await ConsoleAsync(calls, () => rollouts.ApproveHookAsync(started.ServiceDeploymentArn!, null, "canary looks fine"));
        await sandbox.RunToEndAsync(started.ServiceDeploymentArn!);

        var again = await ConsoleAsync(calls, () => rollouts.PlanForceNewDeploymentAsync("staging", "news"));
        var fresh = await ConsoleAsync(calls, () => rollouts.StartAsync(again, "fresh tasks", null));
        await ConsoleAsync(calls, () => rollouts.StopAsync(fresh.ServiceDeploymentArn!, StopKind.Rollback, "changed my mind"));
        await ConsoleAsync(calls, () => sandbox.History.GetAsync("staging", "news"));
    }

    private async Task CodeDeployAsync()
    {
        await using var sandbox = await RolloutSandbox.StartAsync();
        var calls = sandbox.Services.GetRequiredService<AwsCallLog>();
        var target = new CodeDeployTarget("AppECS-staging-legacy-web", "DgpECS-staging-legacy-web");
        // Arranged (not counted): the console never creates CodeDeploy applications.
        sandbox.Sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", "legacy-web", "blog:3", 1, null, [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>(), DeploymentController: "CODE_DEPLOY"));
        var json = sandbox.Services.GetRequiredService<AwsJsonClient>();
        await json.InvokeAsync<JsonObject, JsonObject>(AwsServices.CodeDeploy, "CreateApplication",
            new JsonObject { ["applicationName"] = target.Application, ["computePlatform"] = "ECS" });
        await json.InvokeAsync<JsonObject, JsonObject>(AwsServices.CodeDeploy, "CreateDeploymentGroup", new JsonObject
        {
            ["applicationName"] = target.Application,
            ["deploymentGroupName"] = target.DeploymentGroup,
            ["serviceRoleArn"] = "arn:aws:iam::000000000000:role/ecsCodeDeployRole",
            ["ecsServices"] = new JsonArray(new JsonObject { ["serviceName"] = "legacy-web", ["clusterName"] = "staging" }),
        });
        var arn = (await sandbox.Ecs.DescribeTaskDefinitionAsync(new EcsConsole.Aws.Ecs.DescribeTaskDefinitionRequest { TaskDefinition = "blog:4" })).TaskDefinition!.TaskDefinitionArn!;

        var rollouts = sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<ICodeDeployRollouts>();
        Assert.Equal(target, await ConsoleAsync(calls, () => rollouts.FindTargetAsync("staging", "legacy-web")));
        // A service without a group of the conventional name: the console looks through every application's groups.
        Assert.Null(await ConsoleAsync(calls, () => rollouts.FindTargetAsync("staging", "blog")));
        await ConsoleAsync(calls, () => rollouts.StartAsync("staging", "legacy-web", target, new CodeDeployRevision(arn, "blog", 8080), "legacy web to blog:4", null));
        Assert.NotEmpty(await ConsoleAsync(calls, () => rollouts.ListDeploymentsAsync(target)));
    }

    // The sandbox's "push a new version" on the delivery page.
    private async Task DeliveryAsync()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        var calls = sandbox.Services.GetRequiredService<AwsCallLog>();

        await ConsoleAsync(calls, () => sandbox.Delivery().PushImageVersionAsync("news", "latest", "v1.5.0"));

        // A promotion into another connection's account reads the source repository's policy (ecr:GetRepositoryPolicy) and
        // reaches that account through the connection's role (sts:AssumeRole, granted on exactly the configured roles).
        await using var accounts = await CrossAccountPromotionTests.StartAsync();
        var accountCalls = accounts.Services.GetRequiredService<AwsCallLog>();
        _assumedRoles.AddRange(accounts.Services.GetRequiredService<ConnectionCatalog>().AssumedRoleArns);
        accounts.Sandbox.Engine.Ecr.SetRepositoryPolicy("news", $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{CrossAccountPromotionTests.ExecutionRole}}"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]}]}
            """);
        var promotion = CrossAccountPromotionTests.Promotion(accounts);
        var plan = await ConsoleAsync(accountCalls, () => promotion.PlanAsync("default", "eu-west-1", "staging", "news", "platform", "eu-west-1", "platform"));
        Assert.True(plan.PullAllowed);
        await ConsoleAsync(accountCalls, () => promotion.PromoteAsync(plan, "call-log tour", null));
    }
}
