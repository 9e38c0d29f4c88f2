using EcsConsole.Web;
using EcsConsole.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The real app, started in-process on a free loopback port in sandbox mode, exactly as <c>Program</c> builds it.
/// </summary>
public sealed class ConsoleAppFixture : IAsyncLifetime
{
    private WebApplication? _app;
    // Each app gets its own throw-away store with a known administrator password (see SignInHelper).
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-").FullName;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>The app's running sandbox, for driving changes the way another operator would.</summary>
    public SandboxServer Sandbox => _app!.Services.GetRequiredService<SandboxHostedService>().Started.Result;

    public async Task InitializeAsync()
    {
        var options = new WebApplicationOptions
        {
            Args =
            [
                "--urls=http://127.0.0.1:0",
                "--Aws:Mode=Sandbox",
                "--Sandbox:Url=http://127.0.0.1:0",
                "--Sandbox:TimeAcceleration=50",
                "--Monitor:PollInterval=00:00:01",
                .. SignInHelper.AppArgs(_storeDirectory),
            ],
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = WebProjectDirectory(),
        };
        _app = EcsConsoleHost.Build(options.Args!, options);
        await _app.StartAsync();
        // After start, Urls holds the bound address with the real port chosen for port 0.
        BaseUrl = _app.Urls.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_storeDirectory, recursive: true);
    }

    // Development mode resolves static web assets from the project tree, like `dotnet run`.
    internal static string WebProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsConsole.sln")))
        {
            directory = directory.Parent;
        }
        return directory is null
            ? AppContext.BaseDirectory
            : Path.Combine(directory.FullName, "src", "EcsConsole.Web");
    }
}
