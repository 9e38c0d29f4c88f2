using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>The store contract on SQLite (always runs).</summary>
public sealed class SqliteStoreTests
{
    [Fact]
    public Task MigrateAsync_FreshDatabase_AppliesEveryMigration() => StoreContract.MigrateAsync_FreshDatabase_AppliesEveryMigrationAsync("Sqlite");

    [Fact]
    public Task Model_ComparedWithLatestMigration_HasNoPendingChanges() => StoreContract.Model_ComparedWithLatestMigration_HasNoPendingChangesAsync("Sqlite");

    [Fact]
    public Task RecordAsync_Entry_RoundTripsEveryField() => StoreContract.RecordAsync_Entry_RoundTripsEveryFieldAsync("Sqlite");

    [Fact]
    public Task QueryAsync_Filters_SelectMatchingEntriesNewestFirst() => StoreContract.QueryAsync_Filters_SelectMatchingEntriesNewestFirstAsync("Sqlite");

    [Fact]
    public Task QueryAsync_Paging_ReturnsPageAndTotal() => StoreContract.QueryAsync_Paging_ReturnsPageAndTotalAsync("Sqlite");

    [Fact]
    public Task Users_DuplicateNameDifferingInCase_IsRejected() => StoreContract.Users_DuplicateNameDifferingInCase_IsRejectedAsync("Sqlite");

    [Fact]
    public Task Lockout_PersistsAcrossContexts() => StoreContract.Lockout_PersistsAcrossContextsAsync("Sqlite");

    [Fact]
    public Task DataProtectionKeys_AreStored() => StoreContract.DataProtectionKeys_AreStoredAsync("Sqlite");
}
