using EcsConsole.Sandbox.Engine.AutoScaling;
using EcsConsole.Sandbox.Engine.Ec2;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Logs;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;
using EcsConsole.Sandbox.Seed;

namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// One sandbox account's state and simulation on an injected clock, with its AWS services' operations (<see cref="Ecs"/>,
/// <see cref="Ecr"/>, <see cref="Elbv2"/> …, each in its own folder). All access goes through one lock; before any read
/// or write the simulation catches up to the clock's now in one-second steps, so results depend only on the clock and
/// the random seed, not on how often anybody looks. Usable in-process without HTTP.
/// </summary>
public sealed class SandboxEngine : IDisposable
{
    /// <summary>Longest stretch the simulation replays after a gap; older steps could not change anything still visible.</summary>
    private static readonly TimeSpan MaxCatchUp = TimeSpan.FromHours(2);

    private static readonly TimeSpan StepLength = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Simulation _simulation;
    private DateTimeOffset _simulatedThrough;
    private ITimer? _ticker;

    /// <param name="restored">
    /// State saved by an earlier run (its timestamps already moved to this clock), used instead of the seed; its ids are
    /// drawn from a generator seeded anew, so they do not repeat the ones the saved state holds.
    /// </param>
    public SandboxEngine(SandboxOptions options, TimeProvider timeProvider, TaskTimings? timings = null, SandboxState? restored = null)
        : this(options, timeProvider, options.Seed ? SandboxFleet.Demo : SandboxFleet.None, timings, restored)
    {
    }

    /// <summary>An engine seeded with <paramref name="fleet"/> whatever <see cref="SandboxOptions.Seed"/> says (another account's), unless <paramref name="restored"/> state is given.</summary>
    internal SandboxEngine(SandboxOptions options, TimeProvider timeProvider, SandboxFleet fleet, TaskTimings? timings = null, SandboxState? restored = null)
    {
        Options = options;
        TimeProvider = timeProvider;
        Arns = new ArnFactory(options.Region, options.AccountId);
        Ecs = new EcsOperations(this);
        Ecr = new EcrOperations(this);
        Logs = new LogsOperations(this);
        Elbv2 = new Elbv2Operations(this);
        CloudMap = new CloudMapOperations(this);
        Ec2 = new Ec2Operations(this);
        AutoScaling = new AutoScalingOperations(this);
        _simulatedThrough = timeProvider.GetUtcNow();
        var random = restored is null ? new Random(options.RandomSeed) : new Random(HashCode.Combine(options.RandomSeed, _simulatedThrough.UtcTicks));
        _simulation = new Simulation(restored ?? new SandboxState(), Arns, new SandboxIds(random), timings ?? new TaskTimings(), options.RandomFailuresPerTaskHour,
            options.PipelinePushIntervalHours > 0 ? TimeSpan.FromHours(options.PipelinePushIntervalHours) : null);
        if (restored is null)
        {
            _simulation.State.CapacityProviders.AddRange(CapacityProviderState.BuiltIn(Arns));
            var seeder = new SandboxSeeder(_simulation, _simulatedThrough);
            if (fleet == SandboxFleet.Demo)
            {
                seeder.Seed();
            }
            else if (fleet == SandboxFleet.Platform)
            {
                seeder.SeedPlatform();
            }
            else if (fleet == SandboxFleet.Edge)
            {
                seeder.SeedEdge();
            }

            seeder.SeedFleet(options.Scale);
        }

        _simulation.Registry.StartPipeline(_simulatedThrough);
    }

    public SandboxOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ArnFactory Arns { get; }

    /// <summary>ECS Exec sessions ExecuteCommand started and no data channel has opened yet.</summary>
    public Exec.ExecSessions ExecSessions { get; } = new();

    public TaskTimings Timings => _simulation.Timings;

    public EcsOperations Ecs { get; }

    public EcrOperations Ecr { get; }

    public LogsOperations Logs { get; }

    public Elbv2Operations Elbv2 { get; }

    public CloudMapOperations CloudMap { get; }

    public Ec2Operations Ec2 { get; }

    public AutoScalingOperations AutoScaling { get; }

    /// <summary>Starts a timer that keeps the simulation moving every simulated second even when nobody asks.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _ticker ??= TimeProvider.CreateTimer(_ => Tick(), null, StepLength, StepLength);
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current state under the lock; map to immutable results inside it.</summary>
    public T Read<T>(Func<SandboxState, T> read)
    {
        lock (_gate)
        {
            CatchUpLocked();
            return read(_simulation.State);
        }
    }

    /// <summary>Runs <paramref name="read"/> on the state's metrics as of now (see <see cref="Metrics.FleetMetrics"/>), under the lock.</summary>
    public T ReadMetrics<T>(Func<SandboxState, Metrics.FleetMetrics, T> read)
    {
        lock (_gate)
        {
            CatchUpLocked();
            var state = _simulation.State;
            return read(state, new Metrics.FleetMetrics(state, _simulation.LoadHistory, TimeProvider.GetUtcNow()));
        }
    }

    /// <summary>Runs a change under the lock with the simulation's helpers and the current simulated time.</summary>
    internal T Write<T>(Func<Simulation, DateTimeOffset, T> write)
    {
        lock (_gate)
        {
            CatchUpLocked();
            return write(_simulation, TimeProvider.GetUtcNow());
        }
    }

    /// <summary>
    /// A fault in a simulation step must not take the process down from a timer thread. The step stays undone, so the next
    /// request replays it and answers the same fault as a ServerException, where it is logged and seen.
    /// </summary>
    private void Tick()
    {
        try
        {
            CatchUp();
            LastTickFault = null;
        }
        catch (Exception fault)
        {
            LastTickFault = fault;
        }
    }

    /// <summary>The last fault of a background simulation step, for diagnostics; null while steps succeed.</summary>
    public Exception? LastTickFault { get; private set; }

    public void CatchUp()
    {
        lock (_gate)
        {
            CatchUpLocked();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _ticker?.Dispose();
            _ticker = null;
        }
    }

    private void CatchUpLocked()
    {
        var now = TimeProvider.GetUtcNow();
        if (now - _simulatedThrough > MaxCatchUp)
        {
            _simulatedThrough = now - MaxCatchUp;
        }

        while (_simulatedThrough + StepLength <= now)
        {
            var next = _simulatedThrough + StepLength;
            _simulation.Step(next);
            _simulatedThrough = next;
        }
    }
}
