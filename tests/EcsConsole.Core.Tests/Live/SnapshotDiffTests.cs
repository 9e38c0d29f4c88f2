using EcsConsole.Core.Live;

namespace EcsConsole.Core.Tests.Live;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Compute_AddedChangedRemovedAndSame_ReportsOnlyDifferences()
    {
        var previous = new Dictionary<string, int> { ["same"] = 1, ["changed"] = 1, ["gone"] = 1 };
        var next = new Dictionary<string, int> { ["same"] = 1, ["changed"] = 2, ["new"] = 1 };

        var changes = SnapshotDiff.Compute(previous, next);

        Assert.Equal(3, changes.Count);
        Assert.Contains(new Change<int>(ChangeKind.Updated, 2), changes);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void Compute_RecordsWithEqualValueLists_ReportNoChange()
    {
        var previous = new Dictionary<string, Holder> { ["a"] = new(new ValueList<string>(["x", "y"])) };
        var next = new Dictionary<string, Holder> { ["a"] = new(new ValueList<string>(["x", "y"])) };

        Assert.Empty(SnapshotDiff.Compute(previous, next));
    }

    private sealed record Holder(ValueList<string> Values);
}
