using EcsConsole.Core.Delivery;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class DeliveryOverviewTests
{
    [Fact]
    public void NameOf_DigestTaggedLatestAndVersion_NamesTheVersion()
    {
        Assert.Equal("v1.5.0", DeliveryOverviewBuilder.NameOf(["latest", "v1.5.0", "v1.5"]));
    }

    [Fact]
    public void NameOf_OnlyLatest_NamesLatest()
    {
        Assert.Equal("latest", DeliveryOverviewBuilder.NameOf(["latest"]));
    }
}
