using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class SqliteStoppedTaskArchiveTests
{
    [Fact]
    public Task GetStoppedTasksAsync_TaskStoppedTwoHoursAgo_StillReturnedWithReason() =>
        StoppedTaskArchiveContract.GetStoppedTasksAsync_TaskStoppedTwoHoursAgo_StillReturnedWithReasonAsync("Sqlite");

    [Fact]
    public Task GetStoppedTasksAsync_SinceAndLimit_NewestStopFirst() =>
        StoppedTaskArchiveContract.GetStoppedTasksAsync_SinceAndLimit_NewestStopFirstAsync("Sqlite");

    [Fact]
    public Task SweepAsync_SecondSweep_DescribesOnlyNewStops() =>
        StoppedTaskArchiveContract.SweepAsync_SecondSweep_DescribesOnlyNewStopsAsync("Sqlite");
}

public sealed class PostgreSqlStoppedTaskArchiveTests
{
    [RequiresPostgresFact]
    public Task GetStoppedTasksAsync_TaskStoppedTwoHoursAgo_StillReturnedWithReason() =>
        StoppedTaskArchiveContract.GetStoppedTasksAsync_TaskStoppedTwoHoursAgo_StillReturnedWithReasonAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task GetStoppedTasksAsync_SinceAndLimit_NewestStopFirst() =>
        StoppedTaskArchiveContract.GetStoppedTasksAsync_SinceAndLimit_NewestStopFirstAsync("PostgreSql");

    [RequiresPostgresFact]
    public Task SweepAsync_SecondSweep_DescribesOnlyNewStops() =>
        StoppedTaskArchiveContract.SweepAsync_SecondSweep_DescribesOnlyNewStopsAsync("PostgreSql");
}
