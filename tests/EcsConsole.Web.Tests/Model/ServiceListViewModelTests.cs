using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Web.Model;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Model;

public sealed class ServiceListViewModelTests
{
    private static ServiceListViewModel Fleet()
    {
        var model = new ServiceListViewModel();
        model.AddCluster("prod", [
            Samples.Service("prod", "users") with { ImageTags = new ValueList<string>(["1.4.1"]) },
            Samples.Service("prod", "news", running: 1, rollout: RolloutState.RolledBack),
            Samples.Service("prod", "market", rollout: RolloutState.InProgress),
        ]);
        model.AddCluster("staging", [
            Samples.Service("staging", "users") with { LaunchType = null, CapacityProviderStrategy = new ValueList<CapacityProviderShare>([new("FARGATE", 1, 1)]) },
        ]);
        return model;
    }

    [Fact]
    public void Rows_NoQuery_AllServicesByNameThenCluster()
    {
        var model = Fleet();

        Assert.Equal(["prod/market", "prod/news", "prod/users", "staging/users"], model.Rows.Select(s => s.Key));
    }

    [Fact]
    public void Rows_ClusterAndStateFilters_KeepOnlyMatchingServices()
    {
        var model = Fleet();

        model.Query = new ServiceListQuery(Cluster: "prod", State: "rolled-back");

        Assert.Equal(["prod/news"], model.Rows.Select(s => s.Key));
    }

    [Fact]
    public void Rows_SearchForAnImageTag_FindsTheServiceRunningIt()
    {
        var model = Fleet();

        model.Query = new ServiceListQuery(Q: "1.4.1");

        Assert.Equal(["prod/users"], model.Rows.Select(s => s.Key));
    }

    [Fact]
    public void Rows_LaunchFilterCapacityProvider_KeepsServicesWithAStrategy()
    {
        var model = Fleet();

        model.Query = new ServiceListQuery(Launch: "capacity-provider");

        Assert.Equal(["staging/users"], model.Rows.Select(s => s.Key));
    }

    [Fact]
    public void Rows_SortTasksAscending_ServicesShortOfDesiredFirst()
    {
        var model = Fleet();

        model.Query = new ServiceListQuery(Sort: "tasks");

        Assert.Equal("prod/news", model.Rows[0].Key);
    }

    [Fact]
    public void Rows_SortByNameDescending_ReversesNames()
    {
        var model = Fleet();

        model.Query = new ServiceListQuery(Sort: "-name");

        Assert.Equal(["users", "users", "news", "market"], model.Rows.Select(s => s.Service.Name));
    }

    [Fact]
    public void ApplyServices_ServiceRemoved_LeavesTheRows()
    {
        var model = Fleet();

        model.ApplyServices([new Change<ServiceSummary>(ChangeKind.Removed, Samples.Service("prod", "market"))]);

        Assert.DoesNotContain(model.Rows, s => s.Key == "prod/market");
    }

    [Fact]
    public void Rows_AcrossConnections_SameServiceInTwoAccountsIsTwoRows_AccountFilterAndSortKeptInTheUrl()
    {
        var model = new ServiceListViewModel();
        var own = new FleetPlace("default", "000000000000", "eu-west-1");
        var platform = new FleetPlace("platform", "222222222222", "eu-west-1");
        model.AddCluster("web", [Samples.Service("web", "auth")], own);
        model.AddCluster("platform", [Samples.Service("platform", "gateway"), Samples.Service("platform", "auth")], platform);
        model.AddCluster("web", [Samples.Service("web", "auth")], platform);

        model.Query = new ServiceListQuery(Connections: "all", Sort: "-account");
        var sorted = model.Rows.Select(r => (r.Place.Account, r.Key)).ToList();
        model.Query = new ServiceListQuery(Connections: "all", Account: "222222222222");
        var filtered = model.Rows.Select(r => r.Key).ToList();
        model.ApplyServices([new Change<ServiceSummary>(ChangeKind.Removed, Samples.Service("web", "auth"))], platform);

        Assert.Equal(3, filtered.Count);
        Assert.Equal(("222222222222", "platform/auth"), sorted[0]);
        Assert.Equal(("000000000000", "web/auth"), sorted[^1]);
        Assert.True(model.Knows("web", platform));
        Assert.False(model.Knows("platform", own));
        Assert.Equal(["platform/auth", "platform/gateway"], model.Rows.Select(r => r.Key));
        var url = model.Query.ToQueryParameters();
        Assert.Equal(("all", "222222222222"), (url["connections"], url["account"]));
        Assert.Null(new ServiceListQuery(Connections: "some").ToQueryParameters()["connections"]);
    }

    [Fact]
    public void SortedBy_SameColumnTwice_FlipsToDescendingAndBack()
    {
        var query = new ServiceListQuery();

        Assert.Equal("-name", query.SortedBy("name").Sort);
        Assert.Equal("cluster", query.SortedBy("cluster").Sort);
        Assert.Equal("name", query.SortedBy("name").SortedBy("name").Sort);
    }

    [Fact]
    public void ToQueryParameters_DefaultsAndBlanks_LeaveTheUrl()
    {
        var parameters = new ServiceListQuery(Q: " ", Cluster: "prod", Sort: "name").ToQueryParameters();

        Assert.Null(parameters["q"]);
        Assert.Equal("prod", parameters["cluster"]);
        Assert.Null(parameters["sort"]);
    }

    [Fact]
    public void SortColumn_UnknownColumnInAPastedLink_FallsBackToName()
    {
        var query = new ServiceListQuery(Sort: "-bogus");

        Assert.Equal("name", query.SortColumn);
        Assert.True(query.SortDescending);
    }
}
