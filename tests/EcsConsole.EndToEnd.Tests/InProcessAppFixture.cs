using EcsConsole.Sandbox;
using EcsConsole.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The real app, started in-process on a free loopback port in sandbox mode exactly as <c>Program</c> builds it, with its
/// own throw-away store and a known administrator password (see <see cref="SignInHelper"/>). Each fixture adds the
/// settings its stories need (sandbox clock, poll intervals, production clusters).
/// </summary>
public abstract class InProcessAppFixture : IAsyncLifetime
{
    private readonly string _storeDirectory;
    private WebApplication? _app;

    protected InProcessAppFixture(string name)
    {
        _storeDirectory = Directory.CreateTempSubdirectory($"ecsconsole-e2e-{name}-").FullName;
    }

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>The app's running sandbox, for driving changes the way another operator would.</summary>
    public SandboxServer Sandbox => _app!.Services.GetRequiredService<SandboxHostedService>().Started.Result;

    /// <summary>This fixture's settings, as command-line arguments (<c>--Section:Key=value</c>).</summary>
    protected abstract IEnumerable<string> Settings { get; }

    public virtual async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Aws:Mode=Sandbox",
            "--Sandbox:Url=http://127.0.0.1:0",
            .. Settings,
            .. SignInHelper.AppArgs(_storeDirectory),
        ];
        _app = EcsConsoleHost.Build(args, new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = WebProjectDirectory(),
        });
        await _app.StartAsync();
        // After start, Urls holds the bound address with the real port chosen for port 0.
        BaseUrl = _app.Urls.First().TrimEnd('/');
    }

    public virtual async Task DisposeAsync()
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
