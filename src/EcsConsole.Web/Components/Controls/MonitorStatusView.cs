using EcsConsole.Core.Fleet;
using Microsoft.AspNetCore.Components;

namespace EcsConsole.Web.Components.Controls;

/// <summary>A control that shows the monitor's status and re-renders when it changes.</summary>
public abstract class MonitorStatusView : LiveComponentBase
{
    [Inject]
    protected IFleetMonitor Monitor { get; set; } = default!;

    protected MonitorStatus Status { get; private set; } = MonitorStatus.NotYetPolled;

    protected override void OnInitialized()
    {
        Status = Monitor.Status;
        Monitor.StatusChanged += OnStatusChanged;
    }

    private void OnStatusChanged() => _ = InvokeAsync(() =>
    {
        Status = Monitor.Status;
        StateHasChanged();
    });

    protected override ValueTask DisposeCoreAsync()
    {
        Monitor.StatusChanged -= OnStatusChanged;
        return ValueTask.CompletedTask;
    }
}
