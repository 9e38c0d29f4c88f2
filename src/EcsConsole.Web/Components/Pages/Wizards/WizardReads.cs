namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The reads behind one wizard page's pickers: each runs through <see cref="WizardPickerRead"/> (transient failures tried
/// again), says what failed in the model's <see cref="IWizardModel.ReadProblems"/> under its own key, and is not started
/// twice at once. The page keeps showing while they run; Next waits for those under way (<see cref="SettledAsync"/>) so it
/// checks what they are about to fill in. Disposing cancels and awaits them.
/// </summary>
public sealed class WizardReads(TimeProvider clock, Func<Action, Task> onPage) : IAsyncDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly List<Task> _reads = [];

    /// <summary>The reads under way, by key: their Retry is disabled.</summary>
    public IReadOnlySet<string> Running => _running;

    /// <summary>
    /// Reads once (unless <paramref name="read"/> is already under way); <paramref name="call"/> and <paramref name="subject"/>
    /// name it in the problem. An answer without what the call promises is said like any failed read.
    /// </summary>
    public Task ReadAsync(IWizardModel model, string read, string call, string? subject, Func<CancellationToken, Task> body)
    {
        if (!_running.Add(read))
        {
            return Task.CompletedTask;
        }

        var task = RunAsync(model, read, call, subject, body);
        _reads.RemoveAll(t => t.IsCompleted);
        _reads.Add(task);
        return task;
    }

    /// <summary>Completes once every read started so far has answered or given up.</summary>
    public Task SettledAsync() => Task.WhenAll(_reads.ToList());

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await SettledAsync();
        _disposed.Dispose();
    }

    private async Task RunAsync(IWizardModel model, string read, string call, string? subject, Func<CancellationToken, Task> body)
    {
        try
        {
            await WizardPickerRead.RunAsync(body, call, subject, problem => onPage(() => model.SetReadProblem(read, problem)), clock, _disposed.Token);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (InvalidOperationException error)
        {
            await onPage(() => model.SetReadProblem(read, $"{call} failed{(subject is null ? "" : $" for {subject}")}: {error.Message}"));
        }
        finally
        {
            _running.Remove(read);
            if (!_disposed.IsCancellationRequested)
            {
                await onPage(() => { });
            }
        }
    }
}
