using System.Globalization;
using EcsConsole.Sandbox;

namespace EcsConsole.Benchmarks;

/// <summary>
/// The fleet-scale figures measured in one run, printed as the lines the quick mode promises and kept for the report.
/// Quick mode: everything at 10 x 200. The full run measures steady reads at 10 x 1,000 as well.
/// </summary>
internal sealed class FleetScaleRun
{
    public const string PostgresVariable = "ECSCONSOLE_TEST_POSTGRES";

    public static readonly SandboxScale QuickScale = new() { Clusters = 10, ServicesPerCluster = 200, TasksPerService = 1, Repositories = 1, ImagesPerRepository = 1 };

    public static readonly SandboxScale SteadyScale = new() { Clusters = 10, ServicesPerCluster = 1000, TasksPerService = 1, Repositories = 1, ImagesPerRepository = 1 };

    public required SandboxScale Scale { get; init; }

    public FleetScaleBenchmark.ViewTimes FirstView { get; private set; } = null!;

    public FleetScaleBenchmark.BudgetedView FreshView { get; private set; } = null!;

    public TimeSpan SnapshotFirstView { get; private set; }

    public FleetScaleBenchmark.SteadyReads Steady { get; private set; } = null!;

    public SandboxScale SteadyFleet { get; private set; } = null!;

    public long CallsOneInstance { get; private set; }

    public long CallsThreeInstances { get; private set; }

    public int InstancePolls { get; } = 3;

    public long CallsSelfPollingViewers { get; private set; }

    public long CallsSharedViewers { get; private set; }

    public int Viewers { get; } = 100;

    public double ThreeInstancesRatio => CallsThreeInstances / (double)Math.Max(1, CallsOneInstance);

    public double SelfPollingRatio => CallsSelfPollingViewers / (double)Math.Max(1, CallsSharedViewers);

    /// <param name="steadyScale">The fleet of the steady-reads figure; null measures it on <paramref name="scale"/>.</param>
    public static async Task<FleetScaleRun> MeasureAsync(SandboxScale scale, SandboxScale? steadyScale)
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: the kept-snapshot figure needs PostgreSQL. Set it to an Npgsql connection string of a user that may create databases, e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres.");
        }

        var run = new FleetScaleRun { Scale = scale };
        await using (var fleet = await BenchmarkSandbox.StartAsync(scale, demo: false))
        {
            Console.WriteLine($"First view and first rows, {scale.Clusters} x {scale.ServicesPerCluster}, {FleetScaleBenchmark.LatencyMs} ms per call, budget wide open...");
            run.FirstView = await FleetScaleBenchmark.FirstViewAsync(fleet);
            Console.WriteLine("Fresh view under the default budget...");
            run.FreshView = await FleetScaleBenchmark.FreshViewUnderBudgetAsync(fleet);
            Console.WriteLine("First view from the kept snapshot after a restart (PostgreSQL)...");
            run.SnapshotFirstView = await FleetScaleBenchmark.SnapshotFirstViewAsync(fleet, postgres, scale);
            Console.WriteLine($"AWS calls of 1 and 3 instances, {run.InstancePolls} polls each...");
            run.CallsOneInstance = await FleetScaleBenchmark.CallsOfInstancesAsync(fleet, 1, run.InstancePolls, postgres);
            run.CallsThreeInstances = await FleetScaleBenchmark.CallsOfInstancesAsync(fleet, 3, run.InstancePolls, postgres);
            Console.WriteLine($"AWS calls of {run.Viewers} self-polling viewers and of the shared monitor...");
            (run.CallsSelfPollingViewers, run.CallsSharedViewers) = await FleetScaleBenchmark.CallsOfViewersAsync(fleet, run.Viewers);
            if (steadyScale is null)
            {
                Console.WriteLine("Steady ECS reads under the default budget (one budgeted poll and the interval it leads to)...");
                run.Steady = await FleetScaleBenchmark.SteadyReadsAsync(fleet);
                run.SteadyFleet = scale;
            }
        }

        if (steadyScale is not null)
        {
            await using var big = await BenchmarkSandbox.StartAsync(steadyScale, demo: false);
            Console.WriteLine($"Steady ECS reads under the default budget, {steadyScale.Clusters} x {steadyScale.ServicesPerCluster} (one budgeted poll, about two minutes)...");
            run.Steady = await FleetScaleBenchmark.SteadyReadsAsync(big);
            run.SteadyFleet = steadyScale;
        }
        return run;
    }

    /// <summary>The lines the quick mode promises, exactly.</summary>
    public IEnumerable<string> Lines() =>
    [
        Invariant($"first-view-ms: {FirstView.Complete.TotalMilliseconds:0}"),
        Invariant($"first-rows-ms: {FirstView.FirstRows.TotalMilliseconds:0}"),
        Invariant($"fresh-view-vs-budget-floor: {FreshView.Ratio:0.00}"),
        Invariant($"snapshot-first-view-ms: {SnapshotFirstView.TotalMilliseconds:0}"),
        Invariant($"steady-ecs-reads-per-second: {Steady.ReadsPerSecond:0.0} budget: {Steady.BudgetPerSecond:0.0}"),
        Invariant($"calls-3-instances-vs-1: {ThreeInstancesRatio:0.00}"),
        Invariant($"calls-100-self-polling-viewers-vs-shared: {SelfPollingRatio:0.00}"),
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
