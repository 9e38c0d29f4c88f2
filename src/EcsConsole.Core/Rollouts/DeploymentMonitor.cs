using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Polls one service deployment for all its viewers: DescribeServiceDeployments, the service's events, alarm states and the
/// listener rules' traffic split. Fast while it runs, slow once it ended. A deployment known only by its id (<c>ecs-svc/…</c>),
/// or one the connection cannot describe, is derived from DescribeServices' deployments[] and the service's events instead.
/// </summary>
internal sealed class DeploymentMonitor : PolledMonitor, IDeploymentMonitor
{
    private readonly IEcsClient _ecs;
    private readonly IConnectionCapabilities _capabilities;
    private readonly DeploymentSideReader _side;
    private readonly DeploymentMonitorOptions _options;
    private readonly ChangeFeed<DeploymentProgress> _progress;
    private readonly ChangeFeed<ServiceEventEntry> _events;
    // Service revisions never change: their task definition and target group are read once.
    private readonly Dictionary<string, ServiceRevision> _revisions = new(StringComparer.Ordinal);
    private DateTimeOffset? _bakeStartedAt;

    public DeploymentMonitor(
        string cluster,
        string service,
        string deploymentArn,
        IEcsClient ecs,
        IConnectionCapabilities capabilities,
        DeploymentSideReader side,
        DeploymentMonitorOptions options,
        AwsConnection connection,
        TimeProvider timeProvider,
        ILogger logger)
        : base(connection, timeProvider, logger)
    {
        Cluster = cluster;
        Service = service;
        DeploymentArn = deploymentArn;
        _ecs = ecs;
        _capabilities = capabilities;
        _side = side;
        _options = options;
        _progress = new ChangeFeed<DeploymentProgress>(p => p.DeploymentArn, timeProvider);
        _events = new ChangeFeed<ServiceEventEntry>(e => e.Id, timeProvider);
    }

    public string Cluster { get; }

    public string Service { get; }

    public string DeploymentArn { get; }

    protected override TimeSpan RetryInterval => _options.RetryInterval;

    /// <summary>The last reading published, if any; lets tests wait for a state.</summary>
    internal DeploymentProgress? Latest => _progress.Current.FirstOrDefault();

    public Subscription<DeploymentProgress> SubscribeProgress(CancellationToken cancellationToken) => _progress.Subscribe(cancellationToken);

    public Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken) => _events.Subscribe(cancellationToken);

    protected override async Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken)
    {
        if (DerivedDeployments.IsDeploymentId(DeploymentArn))
        {
            return await PollDerivedAsync("ECS named no service deployment for it, so it is followed by its deployment id", cancellationToken);
        }
        if (_capabilities.Get("ECS", "DescribeServiceDeployments") is { } lacking && !_capabilities.ShouldTry(lacking.Service, lacking.Operation))
        {
            return await PollDerivedAsync(FollowingPrimary(lacking), cancellationToken);
        }
        try
        {
            return await PollServiceDeploymentAsync(cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.Operation is "DescribeServiceDeployments" or "DescribeServiceRevisions" && _capabilities.Learn(ex, DeploymentHistory.Fallback))
        {
            var lacked = _capabilities.Get(ex.Service, ex.Operation);
            return await PollDerivedAsync(lacked is null ? $"this endpoint does not offer {ex.Operation}" : FollowingPrimary(lacked), cancellationToken);
        }
    }

    // Without DescribeServiceDeployments an ARN cannot be matched to a listed deployment: the newest (PRIMARY) stands in, and says so.
    private static string FollowingPrimary(OperationCapability lacking) =>
        $"{lacking.Why()}; the service's PRIMARY deployment is shown, which is this one unless another was started since";

    private async Task<TimeSpan> PollDerivedAsync(string reason, CancellationToken cancellationToken)
    {
        var response = await _ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = Cluster, Services = [Service] }, cancellationToken);
        var service = response.Services?.FirstOrDefault(s => s.Status != "INACTIVE") ?? response.Services?.FirstOrDefault()
                      ?? throw new InvalidOperationException($"ECS describes no service {Service} in cluster {Cluster}.");
        var deployment = DerivedDeployments.IsDeploymentId(DeploymentArn)
            ? DerivedDeployments.Find(service, DeploymentArn)
            : service.Deployments?.FirstOrDefault(d => d.Status == "PRIMARY");
        if (deployment is null)
        {
            // The last reading stays on the page; the status says why it no longer moves.
            throw new InvalidOperationException(
                $"DescribeServices no longer lists deployment {DeploymentArn} of {Cluster}/{Service}: ECS drops a deployment soon after a newer one replaced it. Open the service's deployment history.");
        }
        var progress = DerivedDeployments.Progress(Cluster, Service, service, deployment, reason) with { DeploymentArn = DeploymentArn };
        cancellationToken.ThrowIfCancellationRequested();
        _progress.Replace([progress]);
        PublishEvents(service, deployment.CreatedAt);
        return progress.IsInProgress ? _options.ActivePollInterval : _options.SettledPollInterval;
    }

    private async Task<TimeSpan> PollServiceDeploymentAsync(CancellationToken cancellationToken)
    {
        var described = await _ecs.DescribeServiceDeploymentsAsync(
            new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = [DeploymentArn] }, cancellationToken);
        var deployment = described.ServiceDeployments?.FirstOrDefault()
                         ?? throw new InvalidOperationException(
                             $"ECS did not describe deployment {DeploymentArn}: {described.Failures?.FirstOrDefault()?.Reason ?? "no reason given"}.");
        _capabilities.Worked("ECS", "DescribeServiceDeployments");
        var serviceTask = _ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = Cluster, Services = [Service] }, cancellationToken);
        await ReadRevisionsAsync(deployment, cancellationToken);
        var alarms = deployment.Alarms?.AlarmNames is { Count: > 0 } names
            ? await _side.AlarmStatesAsync(names, cancellationToken)
            : new Dictionary<string, string?>();
        var service = (await serviceTask).Services?.FirstOrDefault();
        var (production, test) = await TrafficAsync(deployment, service, cancellationToken);

        var now = TimeProvider.GetUtcNow();
        _bakeStartedAt = deployment.LifecycleStage == "BAKE_TIME" ? _bakeStartedAt ?? now : null;
        var context = new DeploymentReadContext(
            now, _bakeStartedAt, alarms, _revisions.ToDictionary(r => r.Key, r => r.Value.TaskDefinition, StringComparer.Ordinal), production, test,
            _revisions.ToDictionary(r => r.Key, r => r.Value.ResolvedConfiguration?.LoadBalancers?.FirstOrDefault()?.TargetGroupArn, StringComparer.Ordinal));
        var progress = DeploymentProgressReader.Read(deployment, context);
        cancellationToken.ThrowIfCancellationRequested();
        _progress.Replace([progress]);
        PublishEvents(service, deployment.CreatedAt ?? deployment.StartedAt);
        return progress.IsInProgress ? _options.ActivePollInterval : _options.SettledPollInterval;
    }

    protected override void Clear()
    {
        _progress.Replace([]);
        _events.Replace([]);
        _revisions.Clear();
        _bakeStartedAt = null;
    }

    private async Task ReadRevisionsAsync(ServiceDeployment deployment, CancellationToken cancellationToken)
    {
        var wanted = (deployment.SourceServiceRevisions ?? []).Append(deployment.TargetServiceRevision)
            .Select(r => r?.Arn).OfType<string>().Where(arn => !_revisions.ContainsKey(arn)).Distinct().ToList();
        foreach (var chunk in wanted.Chunk(20))
        {
            var response = await _ecs.DescribeServiceRevisionsAsync(new DescribeServiceRevisionsRequest { ServiceRevisionArns = chunk }, cancellationToken);
            foreach (var revision in response.ServiceRevisions ?? [])
            {
                if (revision.ServiceRevisionArn is not null)
                {
                    _revisions[revision.ServiceRevisionArn] = revision;
                }
            }
        }
    }

    // The real split on the listener rules, for the target group the target revision is registered with; ECS's requested weights otherwise.
    private async Task<(double? Production, double? Test)> TrafficAsync(ServiceDeployment deployment, Service? service, CancellationToken cancellationToken)
    {
        var routing = service?.LoadBalancers?.FirstOrDefault(lb => lb.AdvancedConfiguration?.ProductionListenerRule is not null)?.AdvancedConfiguration;
        var targetArn = deployment.TargetServiceRevision?.Arn;
        var targetGroup = targetArn is not null && _revisions.TryGetValue(targetArn, out var revision)
            ? revision.ResolvedConfiguration?.LoadBalancers?.FirstOrDefault()?.TargetGroupArn
            : null;
        if (routing is null || targetGroup is null || DeploymentProgressReader.Outcome(deployment) is not null)
        {
            return (null, null);
        }
        var production = await _side.WeightAsync(routing.ProductionListenerRule!, targetGroup, cancellationToken);
        var test = routing.TestListenerRule is { } testRule
            ? await _side.WeightAsync(testRule, targetGroup, cancellationToken)
            : null;
        return (production, test);
    }

    private void PublishEvents(Service? service, DateTimeOffset? since)
    {
        var fresh = (service?.Events ?? [])
            .Where(e => e.Id is not null && (since is null || e.CreatedAt is null || e.CreatedAt >= since.Value.AddSeconds(-1)))
            .Select(e => new ServiceEventEntry(e.Id!, e.CreatedAt, e.Message ?? ""));
        // Keep events ECS has since dropped from its newest 100, so the page's list only grows.
        _events.Replace(_events.Current.Concat(fresh).DistinctBy(e => e.Id).OrderByDescending(e => e.CreatedAt ?? DateTimeOffset.MinValue));
    }
}
