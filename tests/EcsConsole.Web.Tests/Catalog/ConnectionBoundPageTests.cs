using Amazon.Runtime;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Web.Components;
using EcsConsole.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Catalog;

public sealed class ConnectionBoundPageTests : ConsoleComponentTest
{
    private readonly AwsConnection _connection = new(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test"));

    public ConnectionBoundPageTests() => Context.Services.AddSingleton(_connection);

    [Fact]
    public void ConnectionSwitch_ReloadsOnce()
    {
        var page = Context.Render<CountingPage>();

        _connection.Switch(_connection.Current with { Region = "us-east-1" });

        page.WaitForAssertion(() => Assert.Equal(1, page.Instance.Reloads));
    }

    [Fact]
    public void ReloadAfterNextFleetPoll_FailedPollThenGoodPolls_ReloadsOnceAfterTheFirstGoodOne()
    {
        var page = Context.Render<CountingPage>();
        page.Instance.WaitForFleet();

        Monitor.SetStatus(new MonitorStatus(null, new AwsProblem("ListClusters", "Throttling", "Rate exceeded", null, "Wait.")));
        Assert.Equal(0, page.Instance.Reloads);
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));

        page.WaitForAssertion(() => Assert.Equal(1, page.Instance.Reloads));
        Assert.Equal(1, page.Instance.Reloads);
    }

    /// <summary>A page that only counts how often it is asked to read again.</summary>
    private sealed class CountingPage : ConnectionBoundPage
    {
        public int Reloads { get; private set; }

        public void WaitForFleet() => ReloadAfterNextFleetPoll();

        protected override Task ReloadAsync()
        {
            Reloads++;
            return Task.CompletedTask;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Reloads);
    }
}
