using EcsConsole.Core.Live;
using EcsConsole.Web.Model;

namespace EcsConsole.Web.Tests.Model;

public sealed class LiveTableTests
{
    private sealed record Row(string Name, int Value);

    [Fact]
    public void Apply_AddUpdateRemove_RowsReflectNetStateSortedByKey()
    {
        var table = new LiveTable<Row>(r => r.Name);
        table.Reset([new("b", 1), new("c", 1)]);

        table.Apply([
            new(ChangeKind.Added, new Row("a", 1)),
            new(ChangeKind.Updated, new Row("b", 2)),
            new(ChangeKind.Removed, new Row("c", 1)),
        ]);

        Assert.Equal([new Row("a", 1), new Row("b", 2)], table.Rows);
    }

    [Fact]
    public void Apply_AddedForKnownKey_Upserts()
    {
        var table = new LiveTable<Row>(r => r.Name);
        table.Reset([new("a", 1)]);

        table.Apply([new(ChangeKind.Added, new Row("a", 5))]);

        Assert.Equal([new Row("a", 5)], table.Rows);
    }
}
