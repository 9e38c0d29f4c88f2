using EcsConsole.Aws;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Fleet;

/// <summary>Polls one task for all its viewers: fast while it starts or stops, slow while it runs or once it stopped.</summary>
internal sealed class TaskMonitor : PolledMonitor, ITaskMonitor
{
    private readonly ITaskReader _reader;
    private readonly ServiceMonitorOptions _options;
    private readonly ChangeFeed<TaskDetail> _detail;
    private volatile bool _notFound;

    public TaskMonitor(
        string cluster,
        string taskId,
        ITaskReader reader,
        ServiceMonitorOptions options,
        AwsConnection connection,
        TimeProvider timeProvider,
        ILogger logger)
        : base(connection, timeProvider, logger)
    {
        Cluster = cluster;
        TaskId = taskId;
        _reader = reader;
        _options = options;
        _detail = new ChangeFeed<TaskDetail>(d => d.Key, timeProvider);
    }

    public string Cluster { get; }

    public string TaskId { get; }

    protected override string Name => $"Task {Cluster}/{TaskId}";

    public bool NotFound => _notFound;

    protected override TimeSpan RetryInterval => _options.SteadyPollInterval;

    public Subscription<TaskDetail> SubscribeDetail(CancellationToken cancellationToken) => _detail.Subscribe(cancellationToken);

    protected override async Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken)
    {
        var detail = await _reader.ReadAsync(Cluster, TaskId, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _notFound = detail is null;
        _detail.Replace(detail is null ? [] : [detail]);
        var settled = detail is null || detail.Task.LastStatus is "RUNNING" or "STOPPED";
        return settled ? _options.SteadyPollInterval : _options.FastPollInterval;
    }

    protected override void Clear()
    {
        _notFound = false;
        _detail.Replace([]);
    }
}
