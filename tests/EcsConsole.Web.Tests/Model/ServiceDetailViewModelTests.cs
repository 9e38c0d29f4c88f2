using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Web.Model;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Model;

public sealed class ServiceDetailViewModelTests
{
    private static readonly DateTimeOffset At = InventorySamples.At;

    private static Subscription<T> Snapshot<T>(params T[] items) => new([.. items], Empty<T>());

    private static async IAsyncEnumerable<IReadOnlyList<Change<T>>> Empty<T>()
    {
        await Task.CompletedTask;
        yield break;
    }

    [Fact]
    public void Events_NewEventArrives_ListedNewestFirst()
    {
        var model = new ServiceDetailViewModel();
        model.Reset(Snapshot(InventorySamples.Detail()), Snapshot(new ServiceEventEntry("e1", At, "older")), Snapshot<TaskSummary>());

        model.ApplyEvents([new Change<ServiceEventEntry>(ChangeKind.Added, new ServiceEventEntry("e2", At.AddMinutes(1), "newer"))]);

        Assert.Equal(["newer", "older"], model.Events.Select(e => e.Message));
    }

    [Fact]
    public void StoppedTasks_SeveralStops_NewestStopFirst()
    {
        var model = new ServiceDetailViewModel();
        model.Reset(Snapshot(InventorySamples.Detail()), Snapshot<ServiceEventEntry>(), Snapshot(
            InventorySamples.Task("a", "STOPPED", At.AddMinutes(-10)),
            InventorySamples.Task("b", "STOPPED", At),
            InventorySamples.Task("c", "RUNNING")));

        Assert.Equal(["b", "a"], model.StoppedTasks.Select(t => t.Id));
        Assert.Equal(["c"], model.ActiveTasks.Select(t => t.Id));
        Assert.False(model.ShowsArchivedTasks);
    }
}
