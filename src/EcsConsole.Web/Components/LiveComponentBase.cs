using EcsConsole.Core.Live;
using Microsoft.AspNetCore.Components;

namespace EcsConsole.Web.Components;

/// <summary>
/// A component that watches live subscriptions. Each watch is a loop the component owns: batches are applied and
/// rendered on the dispatcher, and <see cref="DisposeAsync"/> cancels every loop and waits for it to end.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _disposal = new();
    private readonly List<Task> _loops = [];

    /// <summary>Cancelled when the component goes away; pass it to every <c>Subscribe*</c> call.</summary>
    protected CancellationToken DisposalToken => _disposal.Token;

    /// <summary>Starts a loop that applies each change batch, then re-renders once per batch.</summary>
    protected void Watch<T>(IAsyncEnumerable<IReadOnlyList<Change<T>>> changes, Action<IReadOnlyList<Change<T>>> apply) =>
        _loops.Add(WatchAsync(changes, batch =>
        {
            apply(batch);
            return Task.CompletedTask;
        }));

    /// <summary>
    /// Starts a loop that applies each change batch with a read of its own (e.g. what the change makes worth reading
    /// again), then re-renders once per batch; the next batch waits until this one is applied.
    /// </summary>
    protected void Watch<T>(IAsyncEnumerable<IReadOnlyList<Change<T>>> changes, Func<IReadOnlyList<Change<T>>, Task> applyAsync) =>
        _loops.Add(WatchAsync(changes, applyAsync));

    /// <summary>Starts a loop that re-renders on every tick of <paramref name="timer"/>, e.g. to age "updated Xs ago".</summary>
    protected void Tick(PeriodicTimer timer) => _loops.Add(TickAsync(timer));

    private async Task WatchAsync<T>(IAsyncEnumerable<IReadOnlyList<Change<T>>> changes, Func<IReadOnlyList<Change<T>>, Task> apply)
    {
        try
        {
            await foreach (var batch in changes.WithCancellation(DisposalToken))
            {
                await InvokeAsync(async () =>
                {
                    await apply(batch);
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException) when (DisposalToken.IsCancellationRequested)
        {
            // The component is going away.
        }
    }

    private async Task TickAsync(PeriodicTimer timer)
    {
        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(DisposalToken))
                {
                    await InvokeAsync(StateHasChanged);
                }
            }
            catch (OperationCanceledException) when (DisposalToken.IsCancellationRequested)
            {
                // The component is going away.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposal.CancelAsync();
        await Task.WhenAll(_loops);
        _disposal.Dispose();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived component holds besides its watch loops.</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
