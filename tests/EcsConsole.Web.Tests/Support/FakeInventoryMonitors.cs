using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
namespace EcsConsole.Web.Tests.Support;

/// <summary>Service and task monitors the test drives directly, through the real change feeds; counts open leases.</summary>
internal sealed class FakeInventoryMonitors : IInventoryMonitors
{
    private int _openLeases;

    public FakeServiceMonitor Service { get; } = new();

    public FakeTaskMonitor Task { get; } = new();

    public int OpenLeases => Volatile.Read(ref _openLeases);

    /// <summary>Every service watched, as <c>cluster/service</c>, in order.</summary>
    public List<string> Watched { get; } = [];

    public MonitorLease<IServiceMonitor> WatchService(string cluster, string service)
    {
        Watched.Add($"{cluster}/{service}");
        Interlocked.Increment(ref _openLeases);
        return new MonitorLease<IServiceMonitor>(Service, Release);
    }

    public MonitorLease<ITaskMonitor> WatchTask(string cluster, string taskId)
    {
        Interlocked.Increment(ref _openLeases);
        return new MonitorLease<ITaskMonitor>(Task, Release);
    }

    private ValueTask Release()
    {
        Interlocked.Decrement(ref _openLeases);
        return ValueTask.CompletedTask;
    }
}

internal sealed class FakeServiceMonitor : IServiceMonitor
{
    private readonly ChangeFeed<ServiceDetail> _detail = new(d => d.Key, TimeProvider.System);
    private readonly ChangeFeed<ServiceEventEntry> _events = new(e => e.Id, TimeProvider.System);
    private readonly ChangeFeed<TaskSummary> _tasks = new(t => t.Arn, TimeProvider.System);

    public string Cluster => "prod";

    public string Service => "users";

    public MonitorStatus Status { get; private set; } = MonitorStatus.NotYetPolled;

    public TimeSpan CurrentInterval => TimeSpan.FromSeconds(15);

    public event Action? StatusChanged;

    public Subscription<ServiceDetail> SubscribeDetail(CancellationToken cancellationToken) => _detail.Subscribe(cancellationToken);

    public Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken) => _events.Subscribe(cancellationToken);

    public Subscription<TaskSummary> SubscribeTasks(CancellationToken cancellationToken) => _tasks.Subscribe(cancellationToken);

    public void Publish(ServiceDetail detail, IEnumerable<ServiceEventEntry> events, IEnumerable<TaskSummary> tasks)
    {
        _detail.Replace([detail]);
        _events.Replace(events);
        _tasks.Replace(tasks);
    }

    public void SetStatus(MonitorStatus status)
    {
        Status = status;
        StatusChanged?.Invoke();
    }
}

internal sealed class FakeTaskMonitor : ITaskMonitor
{
    private readonly ChangeFeed<TaskDetail> _detail = new(d => d.Key, TimeProvider.System);

    public string Cluster => "prod";

    public string TaskId => "task1";

    public MonitorStatus Status { get; private set; } = MonitorStatus.NotYetPolled;

    public bool NotFound { get; set; }

    public event Action? StatusChanged;

    public Subscription<TaskDetail> SubscribeDetail(CancellationToken cancellationToken) => _detail.Subscribe(cancellationToken);

    public void Publish(TaskDetail detail) => _detail.Replace([detail]);

    public void SetStatus(MonitorStatus status)
    {
        Status = status;
        StatusChanged?.Invoke();
    }
}
