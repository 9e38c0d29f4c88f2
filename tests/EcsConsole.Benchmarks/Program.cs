using EcsConsole.Benchmarks;
using EcsConsole.Sandbox;

// Measures the console's AWS load and latency against in-process sandboxes and writes docs/PERFORMANCE.md.
// `-- circuits N...` measures only the memory of N idle circuits and prints it (writes nothing).
if (args is ["circuits", .. var counts])
{
    await CircuitMemoryBenchmark.MeasureAsync([.. counts.Select(int.Parse)]);
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

    Console.WriteLine("First complete fleet view with 30 ms per call...");
    fleet.Server.Faults = new SandboxFaults { LatencyMs = 30 };
    report.FirstViewWithLatency = (await InventoryBenchmark.ReadOnceAsync(fleet)).Elapsed;
    fleet.Server.Faults = new SandboxFaults();

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

var text = report.ToMarkdown();
Console.WriteLine(text);
var path = Path.Combine(PerformanceReport.RepositoryRoot(), "docs", "PERFORMANCE.md");
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
await File.WriteAllTextAsync(path, text);
Console.WriteLine($"Wrote {path}");
