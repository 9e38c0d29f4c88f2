using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Security.Tests.Support;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Security.Tests;

/// <summary>What every store provider must do; run by <see cref="SqliteStoreTests"/> and <see cref="PostgreSqlStoreTests"/>.</summary>
internal static class StoreContract
{
    public static async Task MigrateAsync_FreshDatabase_AppliesEveryMigrationAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = await store.OpenDbAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    public static async Task Model_ComparedWithLatestMigration_HasNoPendingChangesAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = await store.OpenDbAsync();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model changed without a migration: run dotnet ef migrations add for both providers (see Store/ConsoleDbContext).");
    }

    public static async Task RecordAsync_Entry_RoundTripsEveryFieldAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        await store.Audit.RecordAsync(new AuditRecord
        {
            Actor = "olga",
            Role = ConsoleRole.Operator,
            Operation = "Service.Scale",
            Target = "prod/users",
            Parameters = new { desiredCount = 4, password = "pw" },
            Outcome = AuditOutcome.Failed,
            Error = "AccessDenied",
            AwsRequestIds = ["r-1", "r-2"],
            Note = "night shift",
        }, CancellationToken.None);

        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(TestStore.Start, entry.At);
        Assert.Equal(("olga", ConsoleRole.Operator, "Service.Scale", "prod/users"), (entry.Actor, entry.Role, entry.Operation, entry.Target));
        Assert.Equal((AuditOutcome.Failed, "AccessDenied", "night shift"), (entry.Outcome, entry.Error, entry.Note));
        Assert.Equal(["r-1", "r-2"], entry.AwsRequestIds);
        Assert.Equal("""{"desiredCount":4,"password":"***"}""", entry.Parameters);
    }

    public static async Task QueryAsync_Filters_SelectMatchingEntriesNewestFirstAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await SeedAsync(store);

        var byActor = await store.Audit.QueryAsync(new AuditQuery { Actor = "OLGA" }, CancellationToken.None);
        var byOperation = await store.Audit.QueryAsync(new AuditQuery { Operation = "Rollback" }, CancellationToken.None);
        var byOutcome = await store.Audit.QueryAsync(new AuditQuery { Outcome = AuditOutcome.Denied }, CancellationToken.None);
        var byText = await store.Audit.QueryAsync(new AuditQuery { Text = "NEWS" }, CancellationToken.None);
        var byTime = await store.Audit.QueryAsync(new AuditQuery { From = TestStore.Start.AddHours(1), To = TestStore.Start.AddHours(3) }, CancellationToken.None);
        var localOffset = await store.Audit.QueryAsync(new AuditQuery { From = TestStore.Start.AddHours(1).ToOffset(TimeSpan.FromHours(2)) }, CancellationToken.None);

        Assert.Equal([3, 0], byActor.Entries.Select(Hour));
        Assert.Equal([2], byOperation.Entries.Select(Hour));
        Assert.Equal([1], byOutcome.Entries.Select(Hour));
        Assert.Equal([2], byText.Entries.Select(Hour));
        Assert.Equal([2, 1], byTime.Entries.Select(Hour));
        Assert.Equal(3, localOffset.TotalCount);
    }

    public static async Task QueryAsync_Paging_ReturnsPageAndTotalAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await SeedAsync(store);

        var page = await store.Audit.QueryAsync(new AuditQuery { Page = 1, PageSize = 3 }, CancellationToken.None);

        Assert.Equal(4, page.TotalCount);
        Assert.Equal([0], page.Entries.Select(Hour));
    }

    public static async Task Users_DuplicateNameDifferingInCase_IsRejectedAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        store.Operator.SignInAs("root", ConsoleRole.Admin);
        await store.Users.CreateAsync("Dana", ConsoleRole.Viewer, "long-enough-password", CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Users.CreateAsync("dana", ConsoleRole.Admin, "long-enough-password", CancellationToken.None));

        Assert.Single(await store.Users.ListAsync(CancellationToken.None));
    }

    public static async Task Lockout_PersistsAcrossContextsAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        store.Operator.SignInAs("root", ConsoleRole.Admin);
        await store.Users.CreateAsync("dana", ConsoleRole.Viewer, "long-enough-password", CancellationToken.None);
        for (var i = 0; i < 5; i++) await store.Users.VerifyPasswordAsync("dana", "wrong", CancellationToken.None);

        var waiting = Assert.Single(await store.Users.ListAsync(CancellationToken.None));

        // Three failures are free and the fourth makes the name wait 2 s; the fifth falls in that wait and is not checked.
        Assert.Equal(TestStore.Start.AddSeconds(2), waiting.LockedUntil);
    }

    public static async Task DataProtectionKeys_AreStoredAsync(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = await store.OpenDbAsync())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key/>" });
            await db.SaveChangesAsync();
        }

        await using var reader = await store.OpenDbAsync();
        Assert.Equal("<key/>", (await reader.DataProtectionKeys.SingleAsync()).Xml);
    }

    private static int Hour(AuditEntry entry) => (int)(entry.At - TestStore.Start).TotalHours;

    // Four entries an hour apart: hour 0 olga scale prod/users ok, 1 vera denied, 2 ron rollback staging/news, 3 olga.
    private static async Task SeedAsync(TestStore store)
    {
        async Task AddAsync(string actor, string operation, string target, AuditOutcome outcome)
        {
            await store.Audit.RecordAsync(new AuditRecord { Actor = actor, Operation = operation, Target = target, Outcome = outcome }, CancellationToken.None);
            store.Clock.Advance(TimeSpan.FromHours(1));
        }

        await AddAsync("olga", "Service.Scale", "prod/users", AuditOutcome.Succeeded);
        await AddAsync("vera", "Service.Scale", "prod/users", AuditOutcome.Denied);
        await AddAsync("ron", "Rollback", "staging/news", AuditOutcome.Failed);
        await AddAsync("olga", "Rollout.Start", "prod/blog", AuditOutcome.Succeeded);
    }
}
