using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>The store contract on PostgreSQL; skipped with the reason when ECSCONSOLE_TEST_POSTGRES is not set.</summary>
public sealed class PostgreSqlStoreTests
{
    [RequiresPostgresFact]
    public Task MigrateAsync_FreshDatabase_AppliesEveryMigration() => StoreContract.MigrateAsync_FreshDatabase_AppliesEveryMigrationAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task Model_ComparedWithLatestMigration_HasNoPendingChanges() => StoreContract.Model_ComparedWithLatestMigration_HasNoPendingChangesAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task RecordAsync_Entry_RoundTripsEveryField() => StoreContract.RecordAsync_Entry_RoundTripsEveryFieldAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task QueryAsync_Filters_SelectMatchingEntriesNewestFirst() => StoreContract.QueryAsync_Filters_SelectMatchingEntriesNewestFirstAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task QueryAsync_Paging_ReturnsPageAndTotal() => StoreContract.QueryAsync_Paging_ReturnsPageAndTotalAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task Users_DuplicateNameDifferingInCase_IsRejected() => StoreContract.Users_DuplicateNameDifferingInCase_IsRejectedAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task Lockout_PersistsAcrossContexts() => StoreContract.Lockout_PersistsAcrossContextsAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task DataProtectionKeys_AreStored() => StoreContract.DataProtectionKeys_AreStoredAsync("PostgreSql");
}
