using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Web;
using EcsConsole.Web.Components.Pages.Wizards;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>A run in flight when the console stops is offered for Resume after a restart on the same store, and finishes.</summary>
public sealed class WizardRestartJourneyTests : IAsyncLifetime
{
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-restart-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync() => (_playwright, _browser) = await BrowserSession.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_storeDirectory, recursive: true);
    }

    [Fact]
    public async Task Restart_RunInFlight_ShowsInterruptedAndResumesToSuccess()
    {
        string runId;
        var first = await StartAppAsync();
        try
        {
            var model = IamRolesWizardModel.FromJson(null);
            model.Input.ServiceName = "ledger";
            model.Input.Tags = [new("team", "finance"), new("service", "ledger")];
            Assert.True(model.BuildPlan());
            // Journaled and about to send its first call when the console goes down.
            var run = await first.Services.GetRequiredService<WizardJournal>().CreateAsync(model.Plan!, "admin", model.InputAsJson(), CancellationToken.None);
            runId = run.Id;
        }
        finally
        {
            await first.StopAsync();
            await first.DisposeAsync();
        }

        var second = await StartAppAsync();
        try
        {
            var baseUrl = second.Urls.First().TrimEnd('/');
            var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
            page.SetDefaultTimeout(30_000);
            Assertions.SetDefaultExpectTimeout(30_000);
            await SignInHelper.SignInAsync(page, baseUrl, "/wizards");
            await Assertions.Expect(page.Locator("[data-testid=wizard-runs]")).ToContainTextAsync("interrupted — Resume available");

            await page.GotoAsync($"{baseUrl}/wizards/iam-roles?run={runId}");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.ClickAsync("[data-testid=run-resume]");

            await Assertions.Expect(page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
            await Assertions.Expect(page.Locator("[data-testid=run-steps]")).ToContainTextAsync("ledger-task");
        }
        finally
        {
            await second.StopAsync();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task Restart_SameStore_SandboxKeepsWhatWasCreatedBeforeTheStop()
    {
        var first = await StartAppAsync();
        try
        {
            await first.Services.GetRequiredService<IIamClient>().CreateRoleAsync(new CreateRoleRequest
            {
                RoleName = "kept-across-restart",
                AssumeRolePolicyDocument = TrustPolicies.For("ecs-tasks.amazonaws.com"),
            });
            await first.Services.GetRequiredService<IEcsClient>().CreateClusterAsync(new CreateClusterRequest { ClusterName = "kept-across-restart" });
        }
        finally
        {
            await first.StopAsync();
            await first.DisposeAsync();
        }

        Assert.True(File.Exists(Path.Combine(_storeDirectory, "sandbox-state-000000000000.json")));
        var second = await StartAppAsync();
        try
        {
            var role = await second.Services.GetRequiredService<IIamClient>().GetRoleAsync(new GetRoleRequest { RoleName = "kept-across-restart" });
            var clusters = await second.Services.GetRequiredService<IEcsClient>().DescribeClustersAsync(new DescribeClustersRequest { Clusters = ["kept-across-restart"] });

            Assert.Equal("kept-across-restart", role.Role.RoleName);
            Assert.Equal("ACTIVE", Assert.Single(clusters.Clusters!).Status);
        }
        finally
        {
            await second.StopAsync();
            await second.DisposeAsync();
        }
    }

    private async Task<WebApplication> StartAppAsync()
    {
        var options = new WebApplicationOptions
        {
            Args =
            [
                "--urls=http://127.0.0.1:0",
                "--Aws:Mode=Sandbox",
                "--Sandbox:Url=http://127.0.0.1:0",
                .. SignInHelper.AppArgs(_storeDirectory),
                // The same console restarted: the run's lease names this id, so the start-up sweep takes the run over at once.
                "--Leases:InstanceId=restart-test-console",
            ],
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = InProcessAppFixture.WebProjectDirectory(),
        };
        var app = EcsConsoleHost.Build(options.Args!, options);
        await app.StartAsync();
        return app;
    }
}
