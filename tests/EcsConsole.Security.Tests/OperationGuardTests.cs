using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Security.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Security.Tests;

public sealed class OperationGuardTests
{
    private static OperationRequest ScaleUsers(string cluster, string? confirmation = null) => new()
    {
        Target = $"{cluster}/users",
        Cluster = cluster,
        Service = "users",
        ConfirmationText = confirmation,
        Parameters = new { desiredCount = 3 },
    };

    [Fact]
    public async Task RunAsync_NobodySignedIn_DeniesAndAuditsAnonymousAttempt()
    {
        await using var store = await TestStore.SqliteAsync();

        var denied = await Assert.ThrowsAsync<OperationDeniedException>(() =>
            store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("staging"), _ => Task.FromResult(0), CancellationToken.None));

        Assert.Contains("signed-in", denied.Message);
        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(OperationGuard.AnonymousActor, entry.Actor);
        Assert.Null(entry.Role);
    }

    [Fact]
    public async Task RunAsync_WhileTheActionRuns_TheAttemptIsOnRecordAsStartedThenCompletedInTheSameEntry()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);
        AuditEntry? during = null;

        await store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("staging"), async (scope, _) =>
        {
            // A console killed here must still leave the attempt in the trail.
            during = Assert.Single(await store.AuditEntriesAsync());
            scope.RecordAwsRequestId("req-update");
            return 0;
        }, CancellationToken.None);

        var after = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Started, during!.Outcome);
        Assert.Empty(during.AwsRequestIds);
        Assert.Equal(during.Id, after.Id);
        Assert.Equal(AuditOutcome.Succeeded, after.Outcome);
        Assert.Equal(["req-update"], after.AwsRequestIds);
    }

    [Fact]
    public async Task CompleteAsync_EntryWithAnOutcomeAlready_IsNeverRewritten()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);
        await store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("staging"), _ => Task.FromResult(0), CancellationToken.None);
        var entry = Assert.Single(await store.AuditEntriesAsync());
        var trail = store.Services.GetRequiredService<IAuditTrail>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => trail.CompleteAsync(entry.Id, AuditOutcome.Failed, "rewritten", [], CancellationToken.None));

        Assert.Contains("never rewritten", error.Message);
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(await store.AuditEntriesAsync()).Outcome);
    }

    [Fact]
    public async Task RunAsync_ActionThrows_AuditsFailureWithErrorAndRequestIdsThenRethrows()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        var thrown = await Assert.ThrowsAsync<AwsServiceException>(() =>
            store.Guard.RunAsync<int>(MutatingOperation.ServiceScale, ScaleUsers("staging"), (scope, _) =>
            {
                scope.RecordAwsRequestId("req-describe");
                throw new AwsServiceException("ECS", "UpdateService", "ServiceNotActiveException", "Service was not ACTIVE.", "req-update", HttpStatusCode.BadRequest);
            }, CancellationToken.None));

        Assert.Equal("req-update", thrown.RequestId);
        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("Service was not ACTIVE", entry.Error);
        Assert.Equal(["req-describe", "req-update"], entry.AwsRequestIds);
    }

    [Fact]
    public async Task RunAsync_RequestIdsRecordedOnAmbientScope_AppearInSuccessEntry()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        await store.Guard.RunAsync(MutatingOperation.RolloutStart, ScaleUsers("staging"), async ct =>
        {
            await Task.Yield();
            OperationScope.Current!.RecordAwsRequestId("req-1");
            OperationScope.Current!.RecordAwsRequestId("req-2");
            return true;
        }, CancellationToken.None);

        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(["req-1", "req-2"], entry.AwsRequestIds);
        Assert.Null(OperationScope.Current);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_StillAuditsTheAttemptAsFailed()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.Guard.RunAsync<int>(MutatingOperation.ServiceScale, ScaleUsers("staging"), async ct =>
            {
                await cancellation.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return 0;
            }, cancellation.Token));

        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("Cancelled", entry.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("user")]
    [InlineData("USERS")]
    [InlineData("news")]
    public async Task RunAsync_ConfiguredProductionClusterWithoutMatchingConfirmation_Denies(string? confirmation)
    {
        await using var store = await TestStore.SqliteAsync(new Dictionary<string, string?> { ["Console:ProductionClusters:0"] = "prod" });
        store.Operator.SignInAs("olga", ConsoleRole.Admin);
        var ran = false;

        var denied = await Assert.ThrowsAsync<OperationDeniedException>(() =>
            store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("prod", confirmation), _ => Task.FromResult(ran = true), CancellationToken.None));

        Assert.False(ran);
        Assert.Contains("production", denied.Message);
        Assert.Contains("\"users\"", denied.Message);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(await store.AuditEntriesAsync()).Outcome);
    }

    [Fact]
    public async Task RunAsync_ProductionClusterArnWithTypedServiceName_Runs()
    {
        await using var store = await TestStore.SqliteAsync(new Dictionary<string, string?> { ["Console:ProductionClusters:0"] = "prod" });
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        var result = await store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("arn:aws:ecs:eu-west-1:000000000000:cluster/prod", "users"), _ => Task.FromResult(7), CancellationToken.None);

        Assert.Equal(7, result);
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(await store.AuditEntriesAsync()).Outcome);
    }

    [Fact]
    public async Task RunAsync_ClusterTaggedEnvironmentProduction_NeedsConfirmation()
    {
        await using var store = await TestStore.SqliteAsync();
        store.TagReader.Tags["tagged"] = new Dictionary<string, string> { ["environment"] = "production" };
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        await Assert.ThrowsAsync<OperationDeniedException>(() =>
            store.Guard.RunAsync(MutatingOperation.Rollback, ScaleUsers("tagged"), _ => Task.FromResult(0), CancellationToken.None));
        await store.Guard.RunAsync(MutatingOperation.Rollback, ScaleUsers("tagged", "users"), _ => Task.FromResult(0), CancellationToken.None);

        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Succeeded], (await store.AuditEntriesAsync()).Select(e => e.Outcome));
    }

    [Fact]
    public async Task RunAsync_NonProductionCluster_NeedsNoConfirmation()
    {
        await using var store = await TestStore.SqliteAsync(new Dictionary<string, string?> { ["Console:ProductionClusters:0"] = "prod" });
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        var result = await store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("staging"), _ => Task.FromResult("done"), CancellationToken.None);

        Assert.Equal("done", result);
    }

    [Fact]
    public async Task RunAsync_ParametersWithSecrets_StoredRedacted()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Admin);
        var request = new OperationRequest
        {
            Target = "staging/users",
            Parameters = new
            {
                image = "users:2",
                environment = new[] { new { name = "DB_PASSWORD", value = "hunter2-secret-value" }, new { name = "LOG_LEVEL", value = "debug" } },
                secrets = new[] { new { name = "API", valueFrom = "arn:aws:secretsmanager:eu-west-1:000000000000:secret:api" } },
            },
        };

        await store.Guard.RunAsync(MutatingOperation.WizardRun, request, _ => Task.FromResult(0), CancellationToken.None);

        var parameters = Assert.Single(await store.AuditEntriesAsync()).Parameters!;
        Assert.DoesNotContain("hunter2", parameters);
        Assert.DoesNotContain("secretsmanager", parameters);
        Assert.Contains("debug", parameters);
        Assert.Contains("users:2", parameters);
    }

    [Fact]
    public async Task RunAsync_AwsAttemptsInsideAction_RecordTheirRequestIds()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);
        var callLog = store.Services.GetRequiredService<AwsCallLog>();
        var recorder = new AwsRequestIdRecorder(callLog);
        await recorder.StartAsync(CancellationToken.None);

        callLog.OnAttempt(Attempt("outside"));
        await store.Guard.RunAsync(MutatingOperation.ServiceScale, ScaleUsers("staging"), async ct =>
        {
            await Task.Yield();
            callLog.OnAttempt(Attempt("inside-1"));
            callLog.OnAttempt(Attempt(null));
            callLog.OnAttempt(Attempt("inside-2"));
            return 0;
        }, CancellationToken.None);
        await recorder.StopAsync(CancellationToken.None);

        Assert.Equal(["inside-1", "inside-2"], Assert.Single(await store.AuditEntriesAsync()).AwsRequestIds);
    }

    private static AwsCallRecord Attempt(string? requestId) =>
        new("ECS", "UpdateService", 1, HttpStatusCode.OK, null, TimeSpan.FromMilliseconds(20), requestId, TestStore.Start);
}
