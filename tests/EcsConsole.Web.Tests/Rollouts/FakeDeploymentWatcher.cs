using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

/// <summary>One deployment monitor the test drives through the real change feeds; counts open leases.</summary>
internal sealed class FakeDeploymentWatcher : IDeploymentWatcher
{
    private int _openLeases;

    public FakeDeploymentMonitor Monitor { get; } = new();

    public List<string> InProgress { get; } = [];

    public int OpenLeases => Volatile.Read(ref _openLeases);

    public MonitorLease<IDeploymentMonitor> Watch(string cluster, string service, string deploymentArn)
    {
        Monitor.DeploymentArn = deploymentArn;
        Interlocked.Increment(ref _openLeases);
        return new MonitorLease<IDeploymentMonitor>(Monitor, () =>
        {
            Interlocked.Decrement(ref _openLeases);
            return ValueTask.CompletedTask;
        });
    }

    public Task<IReadOnlyList<string>> FindInProgressAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. InProgress]);
}

internal sealed class FakeDeploymentMonitor : IDeploymentMonitor
{
    private readonly ChangeFeed<DeploymentProgress> _progress = new(p => p.DeploymentArn, TimeProvider.System);
    private readonly ChangeFeed<ServiceEventEntry> _events = new(e => e.Id, TimeProvider.System);

    public string Cluster => "prod";

    public string Service => "news";

    public string DeploymentArn { get; set; } = "";

    public MonitorStatus Status { get; private set; } = MonitorStatus.NotYetPolled;

    public event Action? StatusChanged;

    public Subscription<DeploymentProgress> SubscribeProgress(CancellationToken cancellationToken) => _progress.Subscribe(cancellationToken);

    public Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken) => _events.Subscribe(cancellationToken);

    public void Publish(DeploymentProgress progress, params ServiceEventEntry[] events)
    {
        _progress.Replace([progress]);
        _events.Replace(events);
    }

    public void SetStatus(MonitorStatus status)
    {
        Status = status;
        StatusChanged?.Invoke();
    }
}
