using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Rollouts.Fallback;

public sealed class DerivedLiveViewTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly DeploymentsEndpointFake _ecs = new();
    private readonly AwsConnection _connection = new(new AwsConnectionSettings("eu-west-1", null, "https://ecs.example.test", new BasicAWSCredentials("k", "s"), AwsConnectionSettings.AwsMode));
    private readonly ConnectionCapabilities _capabilities;

    public DerivedLiveViewTests()
    {
        _capabilities = new ConnectionCapabilities(_connection, _time, new RecordingLogger<ConnectionCapabilities>());
        _ecs.Deploy("news:8", "ecs-svc/200");
        _ecs.Service = _ecs.Service with
        {
            DeploymentConfiguration = new DeploymentConfiguration { DeploymentCircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = true } },
            Events = [new ServiceEvent { Id = "e1", CreatedAt = _time.GetUtcNow(), Message = "(service news) has started 1 tasks." }],
        };
    }

    private DeploymentMonitor Monitor(string key) => new(
        "prod", "news", key, _ecs, _capabilities, new DeploymentSideReader(null!, null!), new DeploymentMonitorOptions(), _connection, _time, NullLogger.Instance);

    private static async Task<DeploymentProgress> FirstReadingAsync(DeploymentMonitor monitor)
    {
        await Eventually.TrueAsync(() => monitor.Latest is not null || monitor.Status.LastError is not null, "a first poll");
        return monitor.Latest ?? throw new InvalidOperationException(monitor.Status.LastError?.ToString());
    }

    [Fact]
    public async Task Poll_DeploymentId_DerivesProgressFromTheListedDeployment()
    {
        var monitor = Monitor("ecs-svc/200");
        monitor.Start();
        try
        {
            var progress = await FirstReadingAsync(monitor);

            Assert.True(progress.IsDerived);
            Assert.True(progress.IsInProgress);
            Assert.Equal("PRIMARY IN_PROGRESS", progress.Status);
            Assert.Equal("SCALE_UP", progress.LifecycleStage);
            Assert.Equal(("news:8", 0, 1, 2), (progress.Target!.TaskDefinition, progress.Target.Running, progress.Target.Pending, progress.Target.Requested));
            Assert.Equal("news:7", Assert.Single(progress.Sources).TaskDefinition);
            Assert.Equal("MONITORING", progress.CircuitBreaker!.Status);
            Assert.Equal(0, _ecs.CallsTo("DescribeServiceDeployments"));
        }
        finally
        {
            await monitor.StopAsync();
        }
    }

    [Fact]
    public async Task Poll_ArnTheEndpointCannotDescribe_LearnsItAndFollowsThePrimary()
    {
        _ecs.Failures["DescribeServiceDeployments"] = DeploymentsEndpointFake.HtmlServerError("DescribeServiceDeployments");
        var monitor = Monitor("arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/xyz");
        monitor.Start();
        try
        {
            var progress = await FirstReadingAsync(monitor);

            Assert.StartsWith("this endpoint does not offer DescribeServiceDeployments; the service's PRIMARY deployment is shown", progress.DerivedReason);
            Assert.Equal("news:8", progress.Target!.TaskDefinition);
            Assert.Equal(CapabilityState.Derived, _capabilities.Get("ECS", "DescribeServiceDeployments")!.State);
        }
        finally
        {
            await monitor.StopAsync();
        }
    }

    [Fact]
    public async Task FindInProgressAsync_ListServiceDeploymentsUnsupported_ReturnsTheListedDeploymentsStillRolling()
    {
        _ecs.Failures["ListServiceDeployments"] = DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments");
        await using var watcher = new DeploymentWatcher(
            _ecs, _capabilities, new DeploymentSideReader(null!, null!), Options.Create(new DeploymentMonitorOptions()), _connection, _time, NullLoggerFactory.Instance);

        var found = await watcher.FindInProgressAsync("prod", "news");
        await watcher.FindInProgressAsync("prod", "news");

        Assert.Equal(["ecs-svc/200"], found);
        Assert.Equal(1, _ecs.CallsTo("ListServiceDeployments"));
    }
}
