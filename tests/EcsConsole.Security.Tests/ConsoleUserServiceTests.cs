using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using EcsConsole.Security.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Security.Tests;

public sealed class ConsoleUserServiceTests
{
    private const string Password = "correct-horse-battery";

    private static async Task<TestStore> StoreWithUserAsync(string userName = "vera", ConsoleRole role = ConsoleRole.Viewer)
    {
        var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("root", ConsoleRole.Admin);
        await store.Users.CreateAsync(userName, role, Password, CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task VerifyPasswordAsync_RightPassword_SucceedsWithStoredRole()
    {
        await using var store = await StoreWithUserAsync(role: ConsoleRole.Operator);

        var result = await store.Users.VerifyPasswordAsync("VERA", Password, CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal(new OperatorIdentity("vera", ConsoleRole.Operator, true), result.Operator);
    }

    [Fact]
    public async Task VerifyPasswordAsync_FailuresPastTheFreeOnes_WaitDoublesAndRightPasswordCountsAfterIt()
    {
        await using var store = await StoreWithUserAsync();
        for (var i = 0; i < 4; i++) await store.Users.VerifyPasswordAsync("vera", "wrong-" + i, CancellationToken.None);
        Assert.Equal(TestStore.Start.AddSeconds(2), Assert.Single(await store.Users.ListAsync(CancellationToken.None)).LockedUntil);
        store.Clock.Advance(TimeSpan.FromSeconds(2));
        await store.Users.VerifyPasswordAsync("vera", "wrong-5", CancellationToken.None);
        Assert.Equal(TestStore.Start.AddSeconds(6), Assert.Single(await store.Users.ListAsync(CancellationToken.None)).LockedUntil);

        store.Clock.Advance(TimeSpan.FromSeconds(3));
        var duringWait = await store.Users.VerifyPasswordAsync("vera", Password, CancellationToken.None);
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterWait = await store.Users.VerifyPasswordAsync("vera", Password, CancellationToken.None);

        Assert.Equal(SignInOutcome.InvalidCredentials, duringWait.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, afterWait.Outcome);
    }

    [Fact]
    public async Task VerifyPasswordAsync_ManyFailures_WaitNeverExceedsTheMaximum()
    {
        await using var store = await StoreWithUserAsync();
        for (var i = 0; i < 30; i++)
        {
            await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);
            store.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);

        var user = Assert.Single(await store.Users.ListAsync(CancellationToken.None));
        Assert.Equal(store.Clock.GetUtcNow().AddMinutes(5), user.LockedUntil);
    }

    [Fact]
    public async Task VerifyPasswordAsync_WaitingAdminAndUnknownName_AnswerExactlyAlike()
    {
        await using var store = await StoreWithUserAsync("ada", ConsoleRole.Admin);
        for (var i = 0; i < 10; i++) await store.Users.VerifyPasswordAsync("ada", "wrong", CancellationToken.None);

        var waiting = await store.Users.VerifyPasswordAsync("ada", Password, CancellationToken.None);
        var unknown = await store.Users.VerifyPasswordAsync("nobody-at-all", Password, CancellationToken.None);

        Assert.Equal(unknown, waiting);
        Assert.Equal(SignInOutcome.InvalidCredentials, waiting.Outcome);
    }

    [Fact]
    public async Task VerifyPasswordAsync_ConcurrentWrongPasswords_CountsEveryFailure()
    {
        await using var store = await TestStore.SqliteAsync(new Dictionary<string, string?> { ["Auth:LocalAccounts:FailuresBeforeDelay"] = "1000" });
        store.Operator.SignInAs("root", ConsoleRole.Admin);
        await store.Users.CreateAsync("vera", ConsoleRole.Viewer, Password, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await using var scope = store.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConsoleUserService>().VerifyPasswordAsync("vera", "wrong-" + i, CancellationToken.None);
        })));

        await using var db = await store.OpenDbAsync();
        Assert.Equal(16, (await db.Users.SingleAsync(u => u.NormalizedUserName == "VERA")).FailedSignInCount);
    }

    [Fact]
    public async Task VerifyPasswordAsync_HugePaddedName_AuditsItTrimmedAndCapped()
    {
        await using var store = await TestStore.SqliteAsync();

        await store.Users.VerifyPasswordAsync("   " + new string('m', 1_000_000) + "   ", "whatever-password", CancellationToken.None);
        await store.Users.VerifyPasswordAsync("  ghost  ", "whatever-password", CancellationToken.None);

        var entries = await store.AuditEntriesAsync();
        Assert.Equal(new string('m', ConsoleUserService.MaxUserNameLength), entries[0].Actor);
        Assert.Equal("user/" + new string('m', ConsoleUserService.MaxUserNameLength), entries[0].Target);
        Assert.Equal("ghost", entries[1].Actor);
    }

    [Fact]
    public async Task UnlockAsync_WaitingName_SignsInAtOnceAndIsAudited()
    {
        await using var store = await StoreWithUserAsync();
        for (var i = 0; i < 8; i++) await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);

        await store.Users.UnlockAsync("vera", CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("vera", Password, CancellationToken.None)).Outcome);
        Assert.Contains(await store.AuditEntriesAsync(), e => e.Operation == "Users.Unlock" && e.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task UnlockAsync_ByOperator_IsDenied()
    {
        await using var store = await StoreWithUserAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        await Assert.ThrowsAsync<OperationDeniedException>(() => store.Users.UnlockAsync("vera", CancellationToken.None));
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("role")]
    [InlineData("disable")]
    public async Task AccountChange_EndsEverySessionOfThatUserOnly(string change)
    {
        await using var store = await StoreWithUserAsync();
        await store.Users.CreateAsync("otto", ConsoleRole.Viewer, Password, CancellationToken.None);
        var sessions = store.Services.GetRequiredService<ConsoleSessionStore>();
        var first = await sessions.StartAsync("vera", isLocalAccount: true, CancellationToken.None);
        var second = await sessions.StartAsync("Vera", isLocalAccount: true, CancellationToken.None);
        var other = await sessions.StartAsync("otto", isLocalAccount: true, CancellationToken.None);

        await (change switch
        {
            "reset" => store.Users.ResetPasswordAsync("vera", "another-long-password", CancellationToken.None),
            "role" => store.Users.SetRoleAsync("vera", ConsoleRole.Operator, CancellationToken.None),
            _ => store.Users.SetDisabledAsync("vera", true, CancellationToken.None),
        });

        Assert.Null(await sessions.FindActiveAsync(first, "vera", CancellationToken.None));
        Assert.Null(await sessions.FindActiveAsync(second, "vera", CancellationToken.None));
        Assert.NotNull(await sessions.FindActiveAsync(other, "otto", CancellationToken.None));
    }

    [Fact]
    public async Task VerifyPasswordAsync_SuccessBetweenFailures_ResetsTheCount()
    {
        await using var store = await StoreWithUserAsync();
        for (var i = 0; i < 4; i++) await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);
        await store.Users.VerifyPasswordAsync("vera", Password, CancellationToken.None);

        var next = await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);

        Assert.Equal(SignInOutcome.InvalidCredentials, next.Outcome);
    }

    [Fact]
    public async Task VerifyPasswordAsync_UnknownUser_IsInvalidCredentialsAndAudited()
    {
        await using var store = await TestStore.SqliteAsync();

        var result = await store.Users.VerifyPasswordAsync("nobody", "whatever-password", CancellationToken.None);

        Assert.Equal(SignInOutcome.InvalidCredentials, result.Outcome);
        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(ConsoleUserService.SignInOperation, entry.Operation);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.DoesNotContain("whatever-password", entry.Parameters ?? string.Empty);
    }

    [Fact]
    public async Task VerifyPasswordAsync_DisabledUser_IsRefused()
    {
        await using var store = await StoreWithUserAsync();
        await store.Users.SetDisabledAsync("vera", true, CancellationToken.None);

        var result = await store.Users.VerifyPasswordAsync("vera", Password, CancellationToken.None);

        Assert.Equal(SignInOutcome.Disabled, result.Outcome);
    }

    [Fact]
    public async Task CreateAsync_StoresOnlyAHashThatVerifies()
    {
        await using var store = await StoreWithUserAsync();

        await using var db = await store.OpenDbAsync();
        var user = await db.Users.SingleAsync(u => u.NormalizedUserName == "VERA");
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(Password, user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<ConsoleUser>().VerifyHashedPassword(user, user.PasswordHash, Password));
        var audit = (await store.AuditEntriesAsync()).Single(e => e.Operation == "Users.Create");
        Assert.DoesNotContain(Password, audit.Parameters);
    }

    [Fact]
    public async Task CreateAsync_ShortPassword_FailsAndIsAuditedAsFailed()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("root", ConsoleRole.Admin);

        await Assert.ThrowsAsync<ArgumentException>(() => store.Users.CreateAsync("tim", ConsoleRole.Viewer, "short", CancellationToken.None));

        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Empty(await store.Users.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_ByOperator_IsDeniedAndNothingIsCreated()
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("olga", ConsoleRole.Operator);

        await Assert.ThrowsAsync<OperationDeniedException>(() => store.Users.CreateAsync("tim", ConsoleRole.Admin, Password, CancellationToken.None));

        Assert.Empty(await store.Users.ListAsync(CancellationToken.None));
        Assert.Equal(AuditOutcome.Denied, Assert.Single(await store.AuditEntriesAsync()).Outcome);
    }

    [Fact]
    public async Task UserManagement_EachChange_WritesExactlyOneAuditEntry()
    {
        await using var store = await StoreWithUserAsync();
        await store.Users.SetRoleAsync("vera", ConsoleRole.Operator, CancellationToken.None);
        await store.Users.SetDisabledAsync("vera", true, CancellationToken.None);
        await store.Users.SetDisabledAsync("vera", false, CancellationToken.None);
        await store.Users.ResetPasswordAsync("vera", "another-long-password", CancellationToken.None);

        var operations = (await store.AuditEntriesAsync()).Select(e => e.Operation);

        Assert.Equal(["Users.Create", "Users.SetRole", "Users.Disable", "Users.Enable", "Users.ResetPassword"], operations);
        var user = Assert.Single(await store.Users.ListAsync(CancellationToken.None));
        Assert.Equal(ConsoleRole.Operator, user.Role);
        Assert.False(user.IsDisabled);
        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("vera", "another-long-password", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task ResetPasswordAsync_LockedUser_ClearsLockout()
    {
        await using var store = await StoreWithUserAsync();
        for (var i = 0; i < 5; i++) await store.Users.VerifyPasswordAsync("vera", "wrong", CancellationToken.None);

        await store.Users.ResetPasswordAsync("vera", "another-long-password", CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("vera", "another-long-password", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task SetRoleAsync_LastEnabledAdmin_IsRefusedAndUnchanged()
    {
        await using var store = await StoreWithUserAsync("ada", ConsoleRole.Admin);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.Users.SetRoleAsync("ada", ConsoleRole.Viewer, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Users.SetDisabledAsync("ada", true, CancellationToken.None));

        Assert.Contains("last enabled administrator", error.Message);
        var ada = Assert.Single(await store.Users.ListAsync(CancellationToken.None));
        Assert.Equal(ConsoleRole.Admin, ada.Role);
        Assert.False(ada.IsDisabled);
    }

    [Fact]
    public async Task SetRoleAsync_AdminWithAnotherAdmin_IsAllowed()
    {
        await using var store = await StoreWithUserAsync("ada", ConsoleRole.Admin);
        await store.Users.CreateAsync("bob", ConsoleRole.Admin, Password, CancellationToken.None);

        await store.Users.SetRoleAsync("ada", ConsoleRole.Viewer, CancellationToken.None);

        Assert.Equal(ConsoleRole.Viewer, (await store.Users.ListAsync(CancellationToken.None)).Single(u => u.UserName == "ada").Role);
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_NoPasswordConfigured_GeneratesOnceAndNeverAgain()
    {
        await using var store = await TestStore.SqliteAsync();

        var first = await store.Users.EnsureBootstrapAdminAsync("admin", null, CancellationToken.None);
        var second = await store.Users.EnsureBootstrapAdminAsync("admin", null, CancellationToken.None);

        Assert.Equal(BootstrapAction.CreatedWithGeneratedPassword, first.Action);
        Assert.True(first.GeneratedPassword!.Length >= 20);
        Assert.Equal(new BootstrapResult(BootstrapAction.Unchanged, null), second);
        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("admin", first.GeneratedPassword, CancellationToken.None)).Outcome);
        await using var db = await store.OpenDbAsync();
        Assert.DoesNotContain(first.GeneratedPassword, (await db.Users.SingleAsync()).PasswordHash);
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_AnotherInstanceCreatesItBetweenCheckAndSave_StartsUnchanged()
    {
        // Two instances starting at once on an empty store: the other one's insert lands after this one looked and
        // before it saved, so this one's insert hits the unique user name.
        await using var store = await TestStore.SqliteAsync();
        var contexts = store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var racing = new RacingContexts(contexts, () => store.Users.EnsureBootstrapAdminAsync("admin", "other-instance-password", CancellationToken.None).GetAwaiter().GetResult());
        var users = ActivatorUtilities.CreateInstance<ConsoleUserService>(store.Services, (IDbContextFactory<ConsoleDbContext>)racing);

        var result = await users.EnsureBootstrapAdminAsync("admin", null, CancellationToken.None);

        Assert.Equal(new BootstrapResult(BootstrapAction.Unchanged, null), result);
        Assert.Equal(1, racing.Races);
        var admin = Assert.Single(await store.Users.ListAsync(CancellationToken.None), u => u.UserName == "admin");
        Assert.Equal(ConsoleRole.Admin, admin.Role);
        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("admin", "other-instance-password", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_SaveFailsAndNobodyCreatedIt_TheFailureStands()
    {
        await using var store = await TestStore.SqliteAsync();
        var contexts = store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        // A save that fails for a reason of its own, with no admin created meanwhile: the start must fail, not pretend.
        var racing = new RacingContexts(contexts, () => { }, failSave: true);
        var users = ActivatorUtilities.CreateInstance<ConsoleUserService>(store.Services, (IDbContextFactory<ConsoleDbContext>)racing);

        await Assert.ThrowsAsync<DbUpdateException>(() => users.EnsureBootstrapAdminAsync("admin", null, CancellationToken.None));
    }

    /// <summary>Runs <c>race</c> once, just before the first save of a context it made (the other instance's moment).</summary>
    private sealed class RacingContexts(IDbContextFactory<ConsoleDbContext> inner, Action race, bool failSave = false) : IDbContextFactory<ConsoleDbContext>
    {
        public int Races { get; private set; }

        public ConsoleDbContext CreateDbContext()
        {
            var context = inner.CreateDbContext();
            context.SavingChanges += (_, _) =>
            {
                if (Races > 0) return;
                Races++;
                race();
                if (failSave) throw new DbUpdateException("The store refused the insert for a reason of its own.");
            };
            return context;
        }

        public Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_PasswordConfigured_CreatesAdminWithIt()
    {
        await using var store = await TestStore.SqliteAsync();

        var result = await store.Users.EnsureBootstrapAdminAsync("admin", "configured-password-1", CancellationToken.None);

        Assert.Equal(new BootstrapResult(BootstrapAction.CreatedFromConfiguration, null), result);
        var signIn = await store.Users.VerifyPasswordAsync("admin", "configured-password-1", CancellationToken.None);
        Assert.Equal(ConsoleRole.Admin, signIn.Operator?.Role);
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_AdminExists_ConfiguredPasswordIsNotApplied()
    {
        await using var store = await TestStore.SqliteAsync();
        var created = await store.Users.EnsureBootstrapAdminAsync("admin", null, CancellationToken.None);

        var result = await store.Users.EnsureBootstrapAdminAsync("admin", "another-password-1", CancellationToken.None);

        Assert.Equal(BootstrapAction.Unchanged, result.Action);
        Assert.Equal(SignInOutcome.InvalidCredentials, (await store.Users.VerifyPasswordAsync("admin", "another-password-1", CancellationToken.None)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, (await store.Users.VerifyPasswordAsync("admin", created.GeneratedPassword!, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task EnsureBootstrapAdminAsync_ConfiguredPasswordTooShort_IsRefusedAndNothingIsCreated()
    {
        await using var store = await TestStore.SqliteAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.Users.EnsureBootstrapAdminAsync("admin", "short-pw", CancellationToken.None));

        Assert.Contains("at least 12", error.Message);
        Assert.Empty(await store.Users.ListAsync(CancellationToken.None));
    }
}
