using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class EcsDeploymentClientTests
{
    [Fact]
    public async Task UpdateServiceAsync_CanaryWithHooksAndAlarms_SendsModelShapedDeploymentConfigurationAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"service":{"serviceName":"users","deploymentConfiguration":{"strategy":"CANARY","canaryConfiguration":{"canaryPercent":10.0,"canaryBakeTimeInMinutes":5}}}}""");

        var result = await Client(aws).UpdateServiceAsync(new UpdateServiceRequest
        {
            Cluster = "prod",
            Service = "users",
            TaskDefinition = "users:42",
            DeploymentConfiguration = new DeploymentConfiguration
            {
                Strategy = "CANARY",
                BakeTimeInMinutes = 10,
                CanaryConfiguration = new CanaryConfiguration { CanaryPercent = 10, CanaryBakeTimeInMinutes = 5 },
                LifecycleHooks = [new DeploymentLifecycleHook { TargetType = "PAUSE", LifecycleStages = ["POST_TEST_TRAFFIC_SHIFT"] }],
                Alarms = new DeploymentAlarms { AlarmNames = ["users-5xx"], Enable = true, Rollback = true },
                DeploymentCircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = true },
            },
            LoadBalancers =
            [
                new LoadBalancer
                {
                    TargetGroupArn = "arn:tg/blue",
                    ContainerName = "users",
                    ContainerPort = 8080,
                    AdvancedConfiguration = new AdvancedConfiguration { AlternateTargetGroupArn = "arn:tg/green", ProductionListenerRule = "arn:rule/prod" },
                },
            ],
        });

        Assert.Equal(5, result.Service!.DeploymentConfiguration!.CanaryConfiguration!.CanaryBakeTimeInMinutes);
        var body = JsonNode.Parse(aws.Handler.Requests.Single().Body)!;
        var configuration = body["deploymentConfiguration"]!;
        Assert.Equal("CANARY", configuration["strategy"]!.GetValue<string>());
        Assert.Equal(10, configuration["canaryConfiguration"]!["canaryPercent"]!.GetValue<double>());
        Assert.Equal("PAUSE", configuration["lifecycleHooks"]![0]!["targetType"]!.GetValue<string>());
        Assert.Equal("POST_TEST_TRAFFIC_SHIFT", configuration["lifecycleHooks"]![0]!["lifecycleStages"]![0]!.GetValue<string>());
        Assert.True(configuration["alarms"]!["rollback"]!.GetValue<bool>());
        Assert.Equal("arn:tg/green", body["loadBalancers"]![0]!["advancedConfiguration"]!["alternateTargetGroupArn"]!.GetValue<string>());
        Assert.Equal("AmazonEC2ContainerServiceV20141113.UpdateService", aws.Handler.Requests.Single().Header("X-Amz-Target"));
    }

    [Fact]
    public async Task ListServiceDeploymentsAsync_TwoPages_YieldsBriefsAndSendsTokenAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"serviceDeployments":[{"serviceDeploymentArn":"arn:sd/2","status":"IN_PROGRESS","createdAt":1764237600}],"nextToken":"t1"}""")
            .RespondJson("""{"serviceDeployments":[{"serviceDeploymentArn":"arn:sd/1","status":"SUCCESSFUL"}]}""");

        var deployments = await Client(aws).ListServiceDeploymentsAsync(new ListServiceDeploymentsRequest { Cluster = "prod", Service = "users" }).ToListAsync();

        Assert.Equal(["IN_PROGRESS", "SUCCESSFUL"], deployments.Select(d => d.Status));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764237600), deployments[0].CreatedAt);
        Assert.Equal("""{"service":"users","cluster":"prod","nextToken":"t1"}""", aws.Handler.Requests[1].Body);
    }

    [Fact]
    public async Task DescribeServiceDeploymentsAsync_PausedAtHook_ReadsHookDetailAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"serviceDeployments":[{"serviceDeploymentArn":"arn:sd/2","status":"IN_PROGRESS","lifecycleStage":"POST_TEST_TRAFFIC_SHIFT",
              "lifecycleHookDetails":[{"hookId":"h-1","targetType":"PAUSE","status":"AWAITING_ACTION","timeoutAction":"ROLLBACK"}],
              "targetServiceRevision":{"arn":"arn:rev/2","requestedTaskCount":3,"runningTaskCount":1,"requestedTestTrafficWeight":100.0}}]}
            """);

        var result = await Client(aws).DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = ["arn:sd/2"] });

        var deployment = result.ServiceDeployments!.Single();
        Assert.Equal(("h-1", "AWAITING_ACTION"), (deployment.LifecycleHookDetails![0].HookId, deployment.LifecycleHookDetails[0].Status));
        Assert.Equal(100.0, deployment.TargetServiceRevision!.RequestedTestTrafficWeight);
    }

    [Fact]
    public async Task ContinueServiceDeploymentAsync_Rollback_SendsHookAndActionAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"serviceDeploymentArn":"arn:sd/2"}""");

        await Client(aws).ContinueServiceDeploymentAsync(new ContinueServiceDeploymentRequest { ServiceDeploymentArn = "arn:sd/2", HookId = "h-1", Action = "ROLLBACK" });

        Assert.Equal("""{"serviceDeploymentArn":"arn:sd/2","hookId":"h-1","action":"ROLLBACK"}""", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task DescribeServiceDeploymentsAsync_MoreThanTwenty_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var arns = Enumerable.Range(0, 21).Select(i => $"arn:sd/{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = arns }));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task DescribeServiceRevisionsAsync_MoreThanTwenty_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var arns = Enumerable.Range(0, 21).Select(i => $"arn:rev/{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeServiceRevisionsAsync(new DescribeServiceRevisionsRequest { ServiceRevisionArns = arns }));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task DescribeContainerInstancesAsync_MoreThanHundred_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var arns = Enumerable.Range(0, 101).Select(i => $"arn:ci/{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeContainerInstancesAsync(new DescribeContainerInstancesRequest { ContainerInstances = arns }));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task RegisterTaskDefinitionAsync_NoContainers_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "users" }));

        Assert.Empty(aws.Handler.Requests);
    }

    private static EcsClient Client(TestAws aws) => new(new AwsJsonClient(aws.Pipeline));
}
