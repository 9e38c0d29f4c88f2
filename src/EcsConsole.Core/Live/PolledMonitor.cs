using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Live;

/// <summary>
/// A monitor of one watched thing: polls on the injected clock at the interval each poll asks for, keeps its last good
/// data when a poll fails (the status says why), and starts over empty when the AWS connection switches.
/// Started and stopped by <see cref="SharedMonitors{TMonitor}"/> as viewers come and go. It polls under the connection
/// it was created in (the first viewer's), so monitors are keyed by connection and region (<see cref="ConnectionKey"/>).
/// </summary>
public abstract class PolledMonitor
{
    private readonly AwsConnection _connection;
    private readonly AwsConnectionSettings? _settings;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _generationGate = new();
    private CancellationTokenSource? _generation;
    private Task _loop = Task.CompletedTask;
    private volatile MonitorStatus _status = MonitorStatus.NotYetPolled;
    private int _pollCount;

    protected PolledMonitor(AwsConnection connection, TimeProvider timeProvider, ILogger logger)
    {
        _connection = connection;
        // A monitor made inside a session's or another monitor's scope keeps that connection; one made outside follows the default.
        _settings = connection.HasAmbient ? connection.Current : null;
        _timeProvider = timeProvider;
        Streaks = new ProblemStreaks(logger);
    }

    /// <summary>When the last poll succeeded and why the last one failed, if it did.</summary>
    public MonitorStatus Status => _status;

    /// <summary>Raised after every poll and on a connection switch, on the monitor's thread.</summary>
    public event Action? StatusChanged;

    /// <summary>How long the monitor waits before its next poll; chosen by the last poll.</summary>
    public TimeSpan CurrentInterval { get; private set; }

    /// <summary>Polls completed (successfully or not); lets tests wait for a poll.</summary>
    internal int PollCount => Volatile.Read(ref _pollCount);

    protected TimeProvider TimeProvider => _timeProvider;

    /// <summary>Logs each failure once per streak, so a failing poll every few seconds is one warning, not hundreds.</summary>
    protected ProblemStreaks Streaks { get; }

    /// <summary>What the log calls this monitor, for example "Service prod/users".</summary>
    protected virtual string Name => GetType().Name;

    internal void Start()
    {
        _connection.Changed += OnConnectionChanged;
        _loop = Task.Run(async () =>
        {
            // Polls are background work: when the AWS rate budget runs short, people's reads and writes go first.
            using (_connection.Use(_settings))
            using (AwsCallPriorityScope.Background())
            {
                await RunAsync(_stopping.Token);
            }
        });
    }

    internal async Task StopAsync()
    {
        _connection.Changed -= OnConnectionChanged;
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    /// <summary>The part of a shared monitor's key that says where it polls: the connection's name and region of <paramref name="settings"/>.</summary>
    public static string ConnectionKey(AwsConnectionSettings settings) => $"{settings.ConnectionName ?? "default"}@{settings.Region}";

    /// <summary>Reads once and publishes; returns how long to wait before the next poll.</summary>
    protected abstract Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken);

    /// <summary>The wait after a failed poll.</summary>
    protected abstract TimeSpan RetryInterval { get; }

    /// <summary>Empties the published data (the connection switched: the old account's data must not show).</summary>
    protected abstract void Clear();

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var generation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            lock (_generationGate)
            {
                _generation = generation;
            }
            try
            {
                var dueAt = _timeProvider.GetTimestamp();
                while (true)
                {
                    CurrentInterval = await PollAsync(dueAt, generation.Token);
                    dueAt = _timeProvider.GetTimestamp() + (long)(CurrentInterval.TotalSeconds * _timeProvider.TimestampFrequency);
                    await Task.Delay(CurrentInterval, _timeProvider, generation.Token);
                }
            }
            catch (OperationCanceledException) when (generation.IsCancellationRequested)
            {
                if (!stoppingToken.IsCancellationRequested)
                {
                    Clear();
                    SetStatus(MonitorStatus.NotYetPolled);
                }
            }
            finally
            {
                lock (_generationGate)
                {
                    _generation = null;
                }
            }
        }
    }

    private async Task<TimeSpan> PollAsync(long dueAt, CancellationToken cancellationToken)
    {
        using var activity = ConsoleTelemetry.StartPoll(Name, ConnectionKey(_connection.Current));
        try
        {
            var next = await PollOnceAsync(cancellationToken);
            Streaks.Succeeded(Name);
            SetStatus(new MonitorStatus(_timeProvider.GetUtcNow(), null));
            ConsoleTelemetry.PollEnded(activity, GetType().Name, _timeProvider.GetElapsedTime(dueAt), null);
            return next;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = AwsProblems.Describe(ex);
            Streaks.Failed(Name, problem, ex);
            SetStatus(_status with { LastError = problem });
            ConsoleTelemetry.PollEnded(activity, GetType().Name, _timeProvider.GetElapsedTime(dueAt), ex);
            return RetryInterval;
        }
        finally
        {
            Interlocked.Increment(ref _pollCount);
        }
    }

    private void SetStatus(MonitorStatus status)
    {
        _status = status;
        StatusChanged?.Invoke();
    }

    private void OnConnectionChanged()
    {
        lock (_generationGate)
        {
            _generation?.Cancel();
        }
    }
}
