using EcsConsole.Sandbox;
using EcsConsole.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.EndToEnd.Tests.Rollouts;

/// <summary>
/// The real app for the rollout stories: sandbox clock at 30x (a rolling deployment takes a few seconds, slow enough to
/// see its steps on a page polled twice a second), no random task failures, and <c>prod</c> a production cluster so the
/// typed confirmation is part of the story.
/// </summary>
public sealed class RolloutAppFixture : IAsyncLifetime
{
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-rollouts-").FullName;
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public SandboxServer Sandbox => _app!.Services.GetRequiredService<SandboxHostedService>().Started.Result;

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Aws:Mode=Sandbox",
            "--Sandbox:Url=http://127.0.0.1:0",
            "--Sandbox:TimeAcceleration=30",
            "--Sandbox:RandomFailuresPerTaskHour=0",
            "--Monitor:PollInterval=00:00:01",
            "--DeploymentMonitor:ActivePollInterval=00:00:00.5",
            "--Console:ProductionClusters:0=prod",
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
