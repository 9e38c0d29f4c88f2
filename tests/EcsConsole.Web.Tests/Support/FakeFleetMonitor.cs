using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Live;
namespace EcsConsole.Web.Tests.Support;

/// <summary>A monitor the test drives directly: it publishes whatever the test says, through the real change feeds.</summary>
internal sealed class FakeFleetMonitor : IFleetMonitor
{
    private readonly ChangeFeed<ClusterSummary> _clusters = new(c => c.Name, TimeProvider.System);
    private readonly Dictionary<string, ChangeFeed<ServiceSummary>> _services = [];

    public MonitorStatus Status { get; private set; } = MonitorStatus.NotYetPolled;

    public DateTimeOffset? LastRefreshed => Status.LastRefreshed;

    public AwsProblem? LastError => Status.LastError;

    public event Action? StatusChanged;

    public Subscription<ClusterSummary> SubscribeClusters(CancellationToken cancellationToken) => _clusters.Subscribe(cancellationToken);

    public Subscription<ServiceSummary> SubscribeServices(string cluster, CancellationToken cancellationToken) =>
        ServiceFeed(cluster).Subscribe(cancellationToken);

    public int ClusterSubscribers => _clusters.SubscriberCount;

    public void PublishClusters(params ClusterSummary[] clusters) => _clusters.Replace(clusters);

    public void PublishServices(string cluster, params ServiceSummary[] services) => ServiceFeed(cluster).Replace(services);

    public void SetStatus(MonitorStatus status)
    {
        Status = status;
        StatusChanged?.Invoke();
    }

    private ChangeFeed<ServiceSummary> ServiceFeed(string cluster)
    {
        if (!_services.TryGetValue(cluster, out var feed))
        {
            feed = new ChangeFeed<ServiceSummary>(s => s.Key, TimeProvider.System);
            _services[cluster] = feed;
        }
        return feed;
    }
}
