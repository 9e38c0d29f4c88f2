using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Scaling;
using EcsConsole.Core.Security;
using EcsConsole.Core.Tests.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Scaling;

/// <summary>Scale, stop and start against the real sandbox, through the real operation gate and audit trail.</summary>
public sealed class SandboxServiceScalingTests : IAsyncLifetime
{
    private RolloutSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await RolloutSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private IServiceScaling Scaling() => _sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<IServiceScaling>();

    private IApplicationAutoScalingClient AutoScaling => _sandbox.Services.GetRequiredService<IApplicationAutoScalingClient>();

    private async Task<Service> DescribeAsync(string cluster, string service) =>
        Assert.Single((await _sandbox.Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service], Include = ["TAGS"] })).Services!);

    private async Task<AuditEntry> LastAuditAsync(string operation) =>
        (await _sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = operation }, CancellationToken.None)).Entries[0];

    private Task RegisterTargetAsync(string cluster, string service, int min, int max) =>
        AutoScaling.RegisterScalableTargetAsync(new RegisterScalableTargetRequest
        {
            ServiceNamespace = "ecs",
            ResourceId = $"service/{cluster}/{service}",
            ScalableDimension = "ecs:service:DesiredCount",
            MinCapacity = min,
            MaxCapacity = max,
        });

    [Fact]
    public async Task ScaleAsync_StagingService_SetsDesiredCountAndAuditsBothCounts()
    {
        var before = (await DescribeAsync("staging", "news")).DesiredCount!.Value;

        await Scaling().ScaleAsync("staging", "news", new ScaleChange(before + 2), "more readers", null);

        Assert.Equal(before + 2, (await DescribeAsync("staging", "news")).DesiredCount);
        var entry = await LastAuditAsync("Service.Scale");
        Assert.Equal((AuditOutcome.Succeeded, "staging/news", "alice", "more readers"), (entry.Outcome, entry.Target, entry.Actor, entry.Note));
        Assert.Contains($"\"from\":{before}", entry.Parameters, StringComparison.Ordinal);
        Assert.Contains($"\"to\":{before + 2}", entry.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScaleAsync_ProductionWithoutTypedName_IsDeniedAndNothingChanges()
    {
        var before = (await DescribeAsync("prod", "users")).DesiredCount;

        var error = await Assert.ThrowsAsync<OperationDeniedException>(() => Scaling().ScaleAsync("prod", "users", new ScaleChange(7), null, "user"));

        Assert.Contains("type the service name \"users\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await DescribeAsync("prod", "users")).DesiredCount);
        Assert.Equal(AuditOutcome.Denied, (await LastAuditAsync("Service.Scale")).Outcome);
    }

    [Fact]
    public async Task ScaleAsync_ProductionWithTypedName_Scales()
    {
        await Scaling().ScaleAsync("prod", "users", new ScaleChange(5), null, "users");

        Assert.Equal(5, (await DescribeAsync("prod", "users")).DesiredCount);
    }

    [Fact]
    public async Task ScaleAsync_Viewer_IsDeniedAndAudited()
    {
        _sandbox.Operator.Identity = new OperatorIdentity("victor", ConsoleRole.Viewer, IsLocalAccount: true);
        var before = (await DescribeAsync("staging", "news")).DesiredCount;

        await Assert.ThrowsAsync<OperationDeniedException>(() => Scaling().ScaleAsync("staging", "news", new ScaleChange(9), null, null));

        Assert.Equal(before, (await DescribeAsync("staging", "news")).DesiredCount);
        var entry = await LastAuditAsync("Service.Scale");
        Assert.Equal(("victor", AuditOutcome.Denied), (entry.Actor, entry.Outcome));
    }

    [Fact]
    public async Task ScaleAsync_AutoScaledService_SetsMinAndMaxOfTheTarget()
    {
        await RegisterTargetAsync("staging", "blog", 1, 4);

        await Scaling().ScaleAsync("staging", "blog", new ScaleChange(3, new ScalingBounds(2, 6)), null, null);

        var scale = await Scaling().ReadAsync("staging", "blog");
        Assert.Equal((3, new ScalingBounds(2, 6)), (scale.DesiredCount, scale.AutoScaling));
    }

    [Fact]
    public async Task ScaleAsync_CountOutsideAutoScalingBounds_IsRefusedBeforeAnythingIsSent()
    {
        await RegisterTargetAsync("staging", "blog", 1, 4);

        var error = await Assert.ThrowsAsync<RolloutValidationException>(() => Scaling().ScaleAsync("staging", "blog", new ScaleChange(9), null, null));

        Assert.Contains("outside the auto scaling bounds 1–4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopThenStart_AutoScaledService_GoesToZeroAndBackToItsPreviousSize()
    {
        await RegisterTargetAsync("staging", "blog", 1, 4);
        await Scaling().ScaleAsync("staging", "blog", new ScaleChange(3), null, null);

        await Scaling().StopAsync("staging", "blog", "night", null);
        var stopped = await Scaling().ReadAsync("staging", "blog");
        await Scaling().StartAsync("staging", "blog", "morning", null);
        var started = await Scaling().ReadAsync("staging", "blog");

        Assert.Equal((0, new ScalingBounds(0, 0), new StoppedServiceMemo(3, new ScalingBounds(1, 4))), (stopped.DesiredCount, stopped.AutoScaling, stopped.Stopped));
        Assert.Equal((3, new ScalingBounds(1, 4), (StoppedServiceMemo?)null), (started.DesiredCount, started.AutoScaling, started.Stopped));
        Assert.DoesNotContain((await DescribeAsync("staging", "blog")).Tags ?? [], t => t.Key!.StartsWith("ecsconsole:stopped", StringComparison.Ordinal));
        Assert.Equal(AuditOutcome.Succeeded, (await LastAuditAsync("Service.Stop")).Outcome);
        Assert.Equal(AuditOutcome.Succeeded, (await LastAuditAsync("Service.Start")).Outcome);
    }

    [Fact]
    public async Task StopAsync_ProductionWithoutTypedName_IsDeniedAndKeepsRunning()
    {
        var before = (await DescribeAsync("prod", "news")).DesiredCount;

        await Assert.ThrowsAsync<OperationDeniedException>(() => Scaling().StopAsync("prod", "news", null, null));

        var service = await DescribeAsync("prod", "news");
        Assert.Equal(before, service.DesiredCount);
        Assert.Null(StoppedServiceTags.Read(service.Tags));
    }

    [Fact]
    public async Task StartAsync_ServiceNotStoppedByTheConsole_SaysThereIsNoEarlierSize()
    {
        var error = await Assert.ThrowsAsync<RolloutValidationException>(() => Scaling().StartAsync("staging", "news", null, null));

        Assert.Contains("was not stopped by the console", error.Message, StringComparison.Ordinal);
    }
}
