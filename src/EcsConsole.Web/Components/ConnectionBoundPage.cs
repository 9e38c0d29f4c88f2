using EcsConsole.Aws;
using Microsoft.AspNetCore.Components;

namespace EcsConsole.Web.Components;

/// <summary>
/// A page that reads AWS on demand (not through a monitor) and must read again when the operator switches region or
/// profile, so it never shows one account's data under another's name.
/// </summary>
public abstract class ConnectionBoundPage : ComponentBase, IDisposable
{
    [Inject] private AwsConnection Connection { get; set; } = null!;

    /// <summary>Reads the page's data again; called on the renderer's dispatcher after a connection switch. Must not throw.</summary>
    protected abstract Task ReloadAsync();

    protected override void OnInitialized() => Connection.Changed += OnConnectionChanged;

    private void OnConnectionChanged() => _ = InvokeAsync(async () =>
    {
        await ReloadAsync();
        StateHasChanged();
    });

    public void Dispose()
    {
        Connection.Changed -= OnConnectionChanged;
        GC.SuppressFinalize(this);
    }
}
