using System.Diagnostics;
using EcsConsole.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace EcsConsole.Benchmarks;

/// <summary>
/// Memory per idle Blazor circuit, measured with real circuits: the console runs in this process (sandbox mode), headless
/// Chromium opens N tabs of the clusters page in one signed-in browser context, each tab its own circuit, and the
/// console's managed heap (after full collections) and working set are compared before and after.
/// </summary>
internal static class CircuitMemoryBenchmark
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string Password = "Benchmark-Passw0rd-1";
    private const int TabsPerContext = 100;

    public sealed record Figures(int Circuits, double ManagedBytesPerCircuit, double WorkingSetBytesPerCircuit);

    public static async Task<IReadOnlyList<Figures>> MeasureAsync(params int[] counts)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is needed at {ChromiumPath} (apt-get install chromium) to open real circuits.");
        }

        var store = Directory.CreateTempSubdirectory("ecsconsole-bench-circuits-").FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--Aws:Mode=Sandbox", "--Sandbox:Url=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--Auth:BootstrapAdmin:Password={Password}", $"--Store:ConnectionString=Data Source={Path.Combine(store, "ecsconsole.db")}",
        ];
        var app = EcsConsoleHost.Build(args, new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(PerformanceReport.RepositoryRoot(), "src", "EcsConsole.Web"),
        });
        await app.StartAsync();
        var baseUrl = app.Urls.First().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        // Tabs share a few renderer processes so hundreds fit in the machine's memory; the server side is unaffected.
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--renderer-process-limit=6", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
        });
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
            var signIn = await context.NewPageAsync();
            await signIn.GotoAsync($"{baseUrl}/account/signin?returnUrl=%2Fclusters");
            await signIn.FillAsync("#signin-username", "admin");
            await signIn.FillAsync("#signin-password", Password);
            await signIn.ClickAsync("[data-testid=signin-submit]");
            await signIn.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
            await signIn.CloseAsync();
            // Chromium allows about 255 WebSockets per browser context, so tabs are spread over contexts that share the sign-in.
            var signedIn = await context.StorageStateAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));

            var (managedBefore, workingBefore) = Measure();
            var pages = new List<IPage>();
            var figures = new List<Figures>();
            foreach (var count in counts.Order())
            {
                while (pages.Count < count)
                {
                    if (pages.Count > 0 && pages.Count % TabsPerContext == 0)
                    {
                        context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = signedIn, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
                    }

                    var page = await context.NewPageAsync();
                    await page.GotoAsync($"{baseUrl}/clusters", new() { Timeout = 120_000 });
                    // Interactive means the circuit is up and the page subscribed to the live fleet.
                    await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 120_000 });
                    pages.Add(page);
                    if (pages.Count % 50 == 0)
                    {
                        Console.WriteLine($"  {pages.Count} circuits open");
                    }
                }

                // Idle: let the pages settle on the live updates before weighing.
                await Task.Delay(TimeSpan.FromSeconds(10));
                var (managed, working) = Measure();
                figures.Add(new Figures(count, (managed - managedBefore) / (double)count, (working - workingBefore) / (double)count));
                Console.WriteLine($"  {count} circuits: {(managed - managedBefore) / (double)count / 1024:0.0} KB managed, {(working - workingBefore) / (double)count / 1024:0.0} KB working set per circuit");
            }

            return figures;
        }
        finally
        {
            // Circuits close with their tabs, before the console they live in stops.
            await browser.DisposeAsync();
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(store, recursive: true);
        }
    }

    private static (long Managed, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
