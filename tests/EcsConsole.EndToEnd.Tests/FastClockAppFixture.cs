using EcsConsole.Sandbox;
using EcsConsole.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The real app with its sandbox clock at 600x, so an hour of sandbox time (after which ECS forgets a stopped task) passes
/// in six seconds, and the stopped-task archive sweeping every second.
/// </summary>
public sealed class FastClockAppFixture : IAsyncLifetime
{
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-fast-").FullName;
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public SandboxServer Sandbox => _app!.Services.GetRequiredService<SandboxHostedService>().Started.Result;

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Aws:Mode=Sandbox",
            "--Sandbox:Url=http://127.0.0.1:0",
            "--Sandbox:TimeAcceleration=600",
            "--Sandbox:RandomFailuresPerTaskHour=0",
            "--Monitor:PollInterval=00:00:01",
            "--StoppedTaskArchive:SweepInterval=00:00:01",
            .. SignInHelper.AppArgs(_storeDirectory),
        ];
        _app = EcsConsoleHost.Build(args, new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = ConsoleAppFixture.WebProjectDirectory(),
        });
        await _app.StartAsync();
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
}
