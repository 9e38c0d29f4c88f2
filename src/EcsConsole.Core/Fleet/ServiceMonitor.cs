using EcsConsole.Aws;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Fleet;

/// <summary>Polls one service for all its viewers: fast while a rollout moves, slow when steady.</summary>
internal sealed class ServiceMonitor : PolledMonitor, IServiceMonitor
{
    private readonly IServiceReader _reader;
    private readonly ServiceMonitorOptions _options;
    private readonly ChangeFeed<ServiceDetail> _detail;
    private readonly ChangeFeed<ServiceEventEntry> _events;
    private readonly ChangeFeed<TaskSummary> _tasks;

    public ServiceMonitor(
        string cluster,
        string service,
        IServiceReader reader,
        ServiceMonitorOptions options,
        AwsConnection connection,
        TimeProvider timeProvider,
        ILogger logger)
        : base(connection, timeProvider, logger)
    {
        Cluster = cluster;
        Service = service;
        _reader = reader;
        _options = options;
        _detail = new ChangeFeed<ServiceDetail>(d => d.Key, timeProvider);
        _events = new ChangeFeed<ServiceEventEntry>(e => e.Id, timeProvider);
        _tasks = new ChangeFeed<TaskSummary>(t => t.Arn, timeProvider);
    }

    public string Cluster { get; }

    public string Service { get; }

    protected override TimeSpan RetryInterval => _options.SteadyPollInterval;

    public Subscription<ServiceDetail> SubscribeDetail(CancellationToken cancellationToken) => _detail.Subscribe(cancellationToken);

    public Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken) => _events.Subscribe(cancellationToken);

    public Subscription<TaskSummary> SubscribeTasks(CancellationToken cancellationToken) => _tasks.Subscribe(cancellationToken);

    protected override async Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken)
    {
        var reading = await _reader.ReadAsync(Cluster, Service, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _detail.Replace([reading.Detail]);
        // Keep events ECS has since dropped from its list of 100, so the page's history only grows while watched.
        var events = _events.Current.Concat(reading.Events)
            .DistinctBy(e => e.Id)
            .OrderByDescending(e => e.CreatedAt ?? DateTimeOffset.MinValue)
            .Take(_options.EventHistoryLimit);
        _events.Replace(events);
        // Tasks that could not be read this poll keep their last known state; the page marks the section.
        if (reading.Tasks is not null)
        {
            _tasks.Replace(reading.Tasks);
        }
        ReportSections(reading.Detail.Configuration.Problems);
        return IsMoving(reading) ? _options.FastPollInterval : _options.SteadyPollInterval;
    }

    protected override string Name => $"Service {Cluster}/{Service}";

    private void ReportSections(IReadOnlyList<SectionProblem> problems)
    {
        var failing = new List<string>();
        foreach (var problem in problems)
        {
            var part = $"{Name} · {problem.Section}";
            failing.Add(part);
            Streaks.Failed(part, problem.Problem ?? new AwsProblem(problem.Section, null, problem.Message, null, ""));
        }
        Streaks.SucceededExcept($"{Name} · ", failing);
    }

    protected override void Clear()
    {
        _detail.Replace([]);
        _events.Replace([]);
        _tasks.Replace([]);
    }

    private static bool IsMoving(ServiceReading reading) =>
        reading.Detail.Rollout is RolloutState.InProgress or RolloutState.RollingBack
        || reading.Detail.Deployments.Any(d => d.RolloutState == "IN_PROGRESS");
}
