using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Faults;
using Microsoft.Playwright;
using Npgsql;

namespace EcsConsole.EndToEnd.Tests.MultiInstance;

/// <summary>
/// Two console processes on one PostgreSQL store and one AWS (a standalone sandbox both reach by AWS_ENDPOINT_URL; the
/// embedded sandbox would be each process's own), with one-second heartbeats and five-second leases. The instance
/// running a wizard run is killed (SIGKILL) mid-run; the other leaves the run alone while its lease lasts, then marks it
/// Interrupted (closing its audit entry once) and resumes it to success, creating nothing twice.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string Expiry = "00:00:05";
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-two-").FullName;
    private readonly string _database = "ecsconsole_e2e_" + Guid.NewGuid().ToString("N");
    private string? _admin;
    private SandboxServer? _endpoint;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string Store => new NpgsqlConnectionStringBuilder(_admin) { Database = _database, Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable(RequiresPostgresFactAttribute.Variable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _endpoint = await SandboxServer.StartAsync(new SandboxOptions { Url = "http://127.0.0.1:0" }, TimeProvider.System, CancellationToken.None);
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_endpoint is not null) await _endpoint.DisposeAsync();
        Directory.Delete(_storeDirectory, recursive: true);
        if (!string.IsNullOrWhiteSpace(_admin))
        {
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [RequiresPostgresFact]
    public async Task KilledMidRun_TheOtherInstanceWaitsOutTheLeaseThenResumesTheRun()
    {
        var endpoint = _endpoint!.Url.ToString().TrimEnd('/');
        await using var a = await StartAsync(endpoint, "console-a");
        // One after the other: the first start creates the store and its administrator.
        await using var b = await StartAsync(endpoint, "console-b");
        Assert.Contains("Console instance console-a", a.Log, StringComparison.Ordinal);
        Assert.Contains("Console instance console-b", b.Log, StringComparison.Ordinal);

        var onA = await NewPageAsync();
        await SignInHelper.SignInAsync(onA, a.BaseUrl, "/wizards/iam-roles");
        await onA.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync(onA, "service-name", "ledger");
        // Every role kind that creates something: ten calls, so at 20 s a call the run outlasts all the test does before
        // the kill even on a slow machine (with the two default roles only two calls were left, and a slow CI saw them finish).
        await onA.Locator("input[data-testid=role-ContainerInstance], [data-testid=role-ContainerInstance] input").CheckAsync();
        await onA.Locator("input[data-testid=role-Infrastructure], [data-testid=role-Infrastructure] input").CheckAsync();
        await onA.ClickAsync("[data-testid=wizard-next]");
        await FillAsync(onA, "tag-value-0", "finance");
        await onA.ClickAsync("[data-testid=wizard-next]");
        await onA.ClickAsync("[data-testid=wizard-next]");
        await onA.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(onA.Locator("[data-testid=plan-table]")).ToContainTextAsync("iam:CreateRole");
        // Slow AWS down so the run is still going, with a call in flight, for as long as the test needs: once the first
        // step is done, each call takes 20 s (within the 30 s attempt timeout), so the rest outlasts what b is shown and the kill.
        _endpoint.Faults = new SandboxFaults { LatencyMs = 500 };
        await onA.ClickAsync("[data-testid=wizard-run]");
        await WaitForAsync(() => ScalarAsync("""SELECT COUNT(*) FROM "WizardSteps" WHERE "State" = 'Created' AND "Index" = 0"""), n => n > 0, "the first step done");
        _endpoint.Faults = new SandboxFaults { LatencyMs = 20_000 };
        await WaitForAsync(() => ScalarAsync("""SELECT COUNT(*) FROM "WizardSteps" WHERE "State" = 'Running' AND "Index" >= 1"""), n => n > 0, "a later step in flight");
        Assert.True(await ScalarAsync("""SELECT COUNT(*) FROM "WizardSteps" WHERE "State" = 'Planned'""") >= 6, "the run has calls left to outlast the kill");
        var runId = (await TextAsync("""SELECT "Id" FROM "WizardRuns" """))!;
        Assert.Equal("console-a", await TextAsync($"""SELECT "LeaseOwner" FROM "WizardRuns" WHERE "Id" = '{runId}'"""));

        // b sees the run as a's, and its sweep leaves it alone while a renews the lease (well past one expiry).
        var onB = await NewPageAsync();
        await SignInHelper.SignInAsync(onB, b.BaseUrl, $"/wizards/iam-roles?run={runId}");
        await Assertions.Expect(onB.Locator("[data-testid=run-lease]")).ToContainTextAsync("Being executed by console instance console-a since");
        await Assertions.Expect(onB.Locator("[data-testid=run-resume]")).ToHaveCountAsync(0);
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.Equal("Running", await TextAsync($"""SELECT "State" FROM "WizardRuns" WHERE "Id" = '{runId}'"""));

        await a.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var expiresAt = await TimeAsync($"""SELECT "LeaseExpiresAt" FROM "WizardRuns" WHERE "Id" = '{runId}'""");
        _endpoint.Faults = new SandboxFaults();
        Assert.True(expiresAt > killedAt, $"a's lease ({expiresAt:O}) outlives its process ({killedAt:O})");

        // Interrupted, and its lease given back: free for a Resume on any instance.
        await WaitForAsync(
            () => ScalarAsync($"""SELECT COUNT(*) FROM "WizardRuns" WHERE "Id" = '{runId}' AND "State" = 'Interrupted' AND "LeaseOwner" IS NULL"""), n => n == 1, "b to interrupt the run");
        Assert.True(DateTimeOffset.UtcNow >= expiresAt, "the run is taken over only once a's lease expired");
        // a's action is on record once, closed Interrupted by b, naming a.
        Assert.Equal(1, await ScalarAsync("""SELECT COUNT(*) FROM "AuditEntries" WHERE "Operation" = 'Wizard.Run'"""));
        Assert.Equal("Interrupted", await TextAsync("""SELECT "Outcome" FROM "AuditEntries" WHERE "Operation" = 'Wizard.Run'"""));
        Assert.Contains($"Console instance console-a stopped while wizard run {runId}", await TextAsync("""SELECT "Error" FROM "AuditEntries" WHERE "Operation" = 'Wizard.Run'"""), StringComparison.Ordinal);

        await onB.GotoAsync($"{b.BaseUrl}/wizards");
        await Assertions.Expect(onB.Locator("[data-testid=wizard-runs]")).ToContainTextAsync("interrupted — Resume available");
        await onB.GotoAsync($"{b.BaseUrl}/wizards/iam-roles?run={runId}");
        await onB.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(onB.Locator("[data-testid=run-error]")).ToContainTextAsync("Console instance console-a stopped while this run was in progress");
        await onB.ClickAsync("[data-testid=run-resume]");
        await Assertions.Expect(onB.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await onB.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("two-instances-resumed"), FullPage = true });

        // Every call belongs to the run exactly once: none failed on a duplicate, none was taken for somebody else's.
        Assert.Equal(0, await ScalarAsync($"""SELECT COUNT(*) FROM "WizardSteps" WHERE "RunId" = '{runId}' AND "State" <> 'Created'"""));
        Assert.Null(await TextAsync($"""SELECT "LeaseOwner" FROM "WizardRuns" WHERE "Id" = '{runId}'"""));
        Assert.Equal(2, await ScalarAsync("""SELECT COUNT(*) FROM "AuditEntries" WHERE "Operation" = 'Wizard.Run'"""));
        Assert.Equal("Succeeded", await TextAsync("""SELECT "Outcome" FROM "AuditEntries" WHERE "Operation" = 'Wizard.Run' AND "Target" = 'wizard-run/""" + runId + "'"));
    }

    private Task<ConsoleProcess> StartAsync(string endpoint, string instanceId) => ConsoleProcess.StartAsync(endpoint, _storeDirectory,
        "--Store:Provider=PostgreSql", $"--Store:ConnectionString={Store}",
        $"--Leases:InstanceId={instanceId}", "--Leases:HeartbeatInterval=00:00:01", $"--Leases:Expiry={Expiry}");

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(45_000);
        return page;
    }

    private static Task FillAsync(IPage page, string testId, string value) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").FillAsync(value);

    private async Task<object?> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await QueryAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string?> TextAsync(string sql) => (string?)await QueryAsync(sql);

    private async Task<DateTimeOffset> TimeAsync(string sql) => new((DateTime)(await QueryAsync(sql))!, TimeSpan.Zero);

    private static async Task WaitForAsync(Func<Task<long>> read, Func<long, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if (done(await read()))
                {
                    return;
                }
            }
            catch (PostgresException) when (DateTime.UtcNow < deadline)
            {
                // The console may not have created the tables yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited 90 s for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
