using EcsConsole.Benchmarks;
using EcsConsole.Sandbox;

// Measures the console's AWS load and latency against in-process sandboxes and writes docs/PERFORMANCE.md.
// `-- circuits N...` measures only the memory of N idle circuits and prints it (writes nothing).
if (args is ["circuits", .. var counts])
{
    await CircuitMemoryBenchmark.MeasureAsync([.. counts.Select(int.Parse)]);
    return;
}

// `-- quick` measures the fleet-scale figures at 10 x 200 and prints them (writes nothing); under 5 minutes on 2 cores.
if (args is ["quick", ..])
{
    var started = TimeProvider.System.GetTimestamp();
    var quick = await FleetScaleRun.MeasureAsync(FleetScaleRun.QuickScale, steadyScale: null);
    Console.WriteLine($"Fresh view: {quick.FreshView.Elapsed.TotalSeconds:0.0} s against a floor of {quick.FreshView.Floor.TotalSeconds:0.0} s ({string.Join(", ", quick.FreshView.CallsByCategory.Select(p => $"{p.Key} {p.Value}"))}); clusters' rows at {quick.FirstView.ClusterRows.TotalMilliseconds:0} ms; steady: a poll of {quick.Steady.PollDuration.TotalSeconds:0.0} s, then every {quick.Steady.PollInterval.TotalSeconds:0} s");
    foreach (var line in quick.Lines())
    {
        Console.WriteLine(line);
    }
    Console.WriteLine($"Quick run took {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s.");
    return;
}

var scale = new SandboxScale { Clusters = 10, ServicesPerCluster = 200, TasksPerService = 3, Repositories = 50, ImagesPerRepository = 100 };
var report = new PerformanceReport(scale);

await using (var fleet = await BenchmarkSandbox.StartAsync(scale, demo: false))
{
    Console.WriteLine("Inventory refresh at fleet scale...");
    var (calls, elapsed) = await InventoryBenchmark.ReadOnceAsync(fleet, report.InventoryCallsByOperation);
    report.InventoryCalls = calls;
    report.RefreshWithoutLatency = elapsed;
    report.MinimumCalls = InventoryBenchmark.MinimumCalls(scale);

    Console.WriteLine("Calls per minute with 1 and 100 viewers...");
    report.CallsPerMinuteOneViewer = await ViewerLoadBenchmark.CallsPerMinuteAsync(fleet, 1);
    report.CallsPerMinuteHundredViewers = await ViewerLoadBenchmark.CallsPerMinuteAsync(fleet, 100);

    Console.WriteLine("Memory per idle viewer at 100 and 500...");
    report.BytesPerViewer100 = await SubscriptionMemoryBenchmark.BytesPerViewerAsync(fleet, "fleet-01", 100);
    report.BytesPerViewer500 = await SubscriptionMemoryBenchmark.BytesPerViewerAsync(fleet, "fleet-01", 500);
}

Console.WriteLine("Memory per idle circuit at 100 and 500 (real circuits, headless Chromium)...");
report.Circuits = await CircuitMemoryBenchmark.MeasureAsync(100, 500);

await using (var demo = await BenchmarkSandbox.StartAsync(new SandboxScale(), demo: true))
{
    Console.WriteLine("Change to subscriber on the demo fleet...");
    report.ChangeLatencies = await ChangeLatencyBenchmark.MeasureAsync(demo, "prod", "news", 8);
}

Console.WriteLine("Fleet-scale figures (first view, budget, kept snapshot, instances, self-polling viewers)...");
report.FleetScale = await FleetScaleRun.MeasureAsync(scale, FleetScaleRun.SteadyScale);
foreach (var line in report.FleetScale.Lines())
{
    Console.WriteLine(line);
}

var text = report.ToMarkdown();
Console.WriteLine(text);
var path = Path.Combine(PerformanceReport.RepositoryRoot(), "docs", "PERFORMANCE.md");
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
await File.WriteAllTextAsync(path, text);
Console.WriteLine($"Wrote {path}");
