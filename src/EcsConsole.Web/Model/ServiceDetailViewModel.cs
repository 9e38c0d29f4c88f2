using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>
/// The Service page: the service's detail, its events newest first, and its tasks split into those that run (or are on
/// their way) and those that stopped, newest stop first. Not thread-safe: apply batches on the renderer's dispatcher.
/// </summary>
public sealed class ServiceDetailViewModel
{
    private readonly LiveTable<ServiceDetail> _detail = new(d => d.Key);
    private readonly LiveTable<ServiceEventEntry> _events = new(e => e.Id);
    private readonly LiveTable<TaskSummary> _tasks = new(t => t.Arn);
    private IReadOnlyList<ServiceEventEntry>? _eventRows;
    private IReadOnlyList<TaskSummary>? _active;
    private IReadOnlyList<TaskSummary>? _stopped;

    public ServiceDetail? Detail => _detail.Rows.FirstOrDefault();

    public IReadOnlyList<ServiceEventEntry> Events =>
        _eventRows ??= [.. _events.Rows.OrderByDescending(e => e.CreatedAt ?? DateTimeOffset.MinValue)];

    /// <summary>Tasks not stopped, newest start first (pending ones, without a start, on top).</summary>
    public IReadOnlyList<TaskSummary> ActiveTasks =>
        _active ??= [.. _tasks.Rows.Where(t => !t.IsStopped).OrderByDescending(t => t.StartedAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal)];

    public IReadOnlyList<TaskSummary> StoppedTasks =>
        _stopped ??= [.. _tasks.Rows.Where(t => t.IsStopped).OrderByDescending(t => t.StoppedAt ?? DateTimeOffset.MinValue).ThenBy(t => t.Id, StringComparer.Ordinal)];

    /// <summary>True when ECS's task list failed on the last poll (the tasks shown, if any, are from an earlier one).</summary>
    public bool TasksUnread => Detail?.Configuration.ProblemFor(SectionProblem.Tasks) is not null;

    /// <summary>True when the stopped tasks shown may be incomplete: ECS's list or the console's archive failed.</summary>
    public bool StoppedTasksUnread => TasksUnread || Detail?.Configuration.ProblemFor(SectionProblem.StoppedTaskHistory) is not null;

    /// <summary>Whether any stopped task shown comes from the console's archive (ECS had already forgotten it).</summary>
    public bool ShowsArchivedTasks => StoppedTasks.Any(t => t.Source == TaskSource.Archive);

    public void Reset(Subscription<ServiceDetail> detail, Subscription<ServiceEventEntry> events, Subscription<TaskSummary> tasks)
    {
        _detail.Reset(detail.InitialState);
        _events.Reset(events.InitialState);
        _tasks.Reset(tasks.InitialState);
        Invalidate();
    }

    public void ApplyDetail(IReadOnlyList<Change<ServiceDetail>> changes) => _detail.Apply(changes);

    public void ApplyEvents(IReadOnlyList<Change<ServiceEventEntry>> changes)
    {
        _events.Apply(changes);
        _eventRows = null;
    }

    public void ApplyTasks(IReadOnlyList<Change<TaskSummary>> changes)
    {
        _tasks.Apply(changes);
        _active = null;
        _stopped = null;
    }

    private void Invalidate()
    {
        _eventRows = null;
        _active = null;
        _stopped = null;
    }
}
