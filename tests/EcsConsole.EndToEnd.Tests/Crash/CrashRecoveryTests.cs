using System.Text.Json.Nodes;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Iam;
using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Faults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Crash;

/// <summary>
/// The console process killed (SIGKILL) in the middle of a wizard run: after a restart on the same SQLite store the run
/// is offered for Resume and finishes without creating anything twice, Roll back leaves nothing behind, and the audit
/// trail and stopped-task history written before the kill are all still there.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-crash-").FullName;
    private SandboxServer? _endpoint;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    // The same console restarted: its configured id is the one the killed run's lease names, so the start-up sweep takes
    // the run over at once instead of waiting out the lease.
    private const string InstanceId = "--Leases:InstanceId=crash-test-console";

    private string StorePath => Path.Combine(_storeDirectory, "ecsconsole.db");

    public async Task InitializeAsync()
    {
        // The "AWS" outlives the console, as it does in life: a standalone sandbox the console reaches by AWS_ENDPOINT_URL.
        _endpoint = await SandboxServer.StartAsync(new SandboxOptions { Url = "http://127.0.0.1:0" }, TimeProvider.System, CancellationToken.None);
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_endpoint is not null) await _endpoint.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_storeDirectory, recursive: true);
    }

    [Fact]
    public async Task KilledMidRun_RestartResumesWithoutDuplicatesRollsBackCleanAndKeepsTheTrail()
    {
        var endpoint = _endpoint!.Url.ToString().TrimEnd('/');
        string runId;
        long stoppedTasksBeforeKill;
        await using (var first = await ConsoleProcess.StartAsync(endpoint, _storeDirectory, "--StoppedTaskArchive:SweepInterval=00:00:01", InstanceId))
        {
            // Something in the stopped-task history first, so the kill has committed history to lose.
            var task = _endpoint.Engine.Read(state => state.FindCluster("staging")!.Tasks.First(t => t.LastStatus == "RUNNING").Arn);
            _endpoint.Engine.Ecs.StopTask("staging", task, "Stopped before the crash test");
            stoppedTasksBeforeKill = await WaitForAsync(() => ScalarAsync("SELECT COUNT(*) FROM StoppedTasks"), n => n > 0, "stopped tasks archived");
            var page = await NewPageAsync();
            await SignInHelper.SignInAsync(page, first.BaseUrl, "/wizards/iam-roles");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await FillAsync(page, "service-name", "ledger");
            await page.ClickAsync("[data-testid=wizard-next]");
            await FillAsync(page, "tag-value-0", "finance");
            await page.ClickAsync("[data-testid=wizard-next]");
            await page.ClickAsync("[data-testid=wizard-next]");
            await page.ClickAsync("[data-testid=wizard-plan]");
            await Assertions.Expect(page.Locator("[data-testid=plan-table]")).ToContainTextAsync("iam:CreateRole");

            // Slow AWS down so the run is still going when the process dies, with a call in flight.
            _endpoint.Faults = new SandboxFaults { LatencyMs = 1500 };
            await page.ClickAsync("[data-testid=wizard-run]");
            await WaitForAsync(() => ScalarAsync("SELECT COUNT(*) FROM WizardSteps WHERE State = 'Running' AND \"Index\" >= 1"), n => n > 0, "a later step in flight");
            runId = (await TextAsync("SELECT Id FROM WizardRuns"))!;
            await first.KillAsync();
        }

        _endpoint.Faults = new SandboxFaults();
        Assert.Equal("Running", await TextAsync($"SELECT State FROM WizardRuns WHERE Id = '{runId}'"));
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM WizardSteps WHERE State = 'Created'") >= 1, "the steps finished before the kill are journaled");
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM StoppedTasks") >= stoppedTasksBeforeKill, "stopped-task history survives the kill");
        // The run's audit entry was written before the run began, so the killed attempt is on record.
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM AuditEntries WHERE Operation = 'Wizard.Run' AND Outcome = 'Started' AND Target = 'wizard/iam-roles'"));
        var roles = await RoleNamesAsync(runId);

        await using (var second = await ConsoleProcess.StartAsync(endpoint, _storeDirectory, InstanceId))
        {
            var page = await NewPageAsync();
            await SignInHelper.SignInAsync(page, second.BaseUrl, "/wizards");
            await Assertions.Expect(page.Locator("[data-testid=wizard-runs]")).ToContainTextAsync("interrupted — Resume available");
            await page.GotoAsync($"{second.BaseUrl}/wizards/iam-roles?run={runId}");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.ClickAsync("[data-testid=run-resume]");
            await Assertions.Expect(page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("crash-resumed"), FullPage = true });

            // Every call belongs to this run exactly once: none failed on a duplicate, none was taken for somebody else's.
            Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM WizardSteps WHERE RunId = '{runId}' AND State <> 'Created'"));
            foreach (var role in roles)
            {
                Assert.True(await RoleExistsAsync(role), $"role {role} exists after the resume");
            }

            await page.ClickAsync("[data-testid=run-rollback]");
            await Assertions.Expect(page.Locator("[data-testid=run-state]")).ToHaveTextAsync("RolledBack");
        }

        foreach (var role in roles)
        {
            Assert.False(await RoleExistsAsync(role), $"role {role} is gone after the rollback");
        }

        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM AuditEntries WHERE Outcome = 'Started' AND Target <> 'wizard/iam-roles'"));
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(45_000);
        return page;
    }

    private static Task FillAsync(IPage page, string testId, string value) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").FillAsync(value);

    private async Task<IReadOnlyList<string>> RoleNamesAsync(string runId)
    {
        var names = new List<string>();
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Body FROM WizardSteps WHERE RunId = '{runId}' AND Operation = 'CreateRole'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(JsonNode.Parse(reader.GetString(0))!["RoleName"]!.GetValue<string>());
        }

        Assert.NotEmpty(names);
        return names;
    }

    private async Task<bool> RoleExistsAsync(string name)
    {
        var connection = new AwsConnection(new AwsConnectionSettings(
            "eu-west-1", null, _endpoint!.Url.ToString().TrimEnd('/'), new BasicAWSCredentials("external-test-key", "external-test-secret"), AwsConnectionSettings.SandboxMode));
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton(connection).AddAwsClients().BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IIamClient>().GetRoleAsync(new GetRoleRequest { RoleName = name });
            return true;
        }
        catch (AwsServiceException error) when (error.ErrorCode == "NoSuchEntity")
        {
            return false;
        }
    }

    // The store is read as another process would: read-only, beside the console's own connections (WAL allows it).
    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string?> TextAsync(string sql)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<long> WaitForAsync(Func<Task<long>> read, Func<long, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }
            }
            catch (SqliteException) when (DateTime.UtcNow < deadline)
            {
                // The console may not have created the store yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited 90 s for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
