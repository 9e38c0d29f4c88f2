using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Logs;
using EcsConsole.Core.Security.Iam;
using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>
/// The generated policy grants what the console calls and nothing more: every catalog line is a client method that Core
/// or Web really calls (found in their IL), and every client method they call is in the catalog.
/// </summary>
public sealed class IamPolicyCallSiteTests
{
    private static readonly Lazy<IReadOnlySet<(string Client, string Method)>> Called = new(() =>
        ClientCallScanner.CalledClientMethods(
            typeof(AwsConnection).Assembly,
            typeof(AwsOperationCatalog).Assembly,
            typeof(EcsConsole.Web.Components.LiveComponentBase).Assembly));

    [Fact]
    public void Catalog_EveryOperation_IsCalledByConsoleCode()
    {
        var neverCalled = AwsOperationCatalog.All.Where(o => !Called.Value.Contains((o.Client, o.Method))).Select(o => $"{o.Client}.{o.Method} ({o.Action})").ToList();

        Assert.True(neverCalled.Count == 0, $"The policy grants these but no code in Core or Web calls them; remove them from AwsOperationCatalog (and the client): {string.Join(", ", neverCalled)}");
    }

    [Fact]
    public void Catalog_EveryCalledClientMethod_IsListed()
    {
        var listed = AwsOperationCatalog.All.Select(o => (o.Client, o.Method)).ToHashSet();

        var missing = Called.Value.Where(c => !listed.Contains(c)).Select(c => $"{c.Client}.{c.Method}").Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Core or Web calls these but the policy does not grant them: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CalledClientMethods_AsyncLambdaCall_IsFound()
    {
        var called = ClientCallScanner.CalledClientMethods(typeof(AwsConnection).Assembly, [typeof(LambdaCaller)]);

        Assert.Equal([("IEcsClient", "StopTaskAsync")], called);
    }

    [Fact]
    public void CalledClientMethods_PagingExtensionOfTheAwsAssembly_CountsTheClientMethodItCalls()
    {
        var called = ClientCallScanner.CalledClientMethods(typeof(AwsConnection).Assembly, [typeof(PagingCaller)]);

        Assert.Equal([("ILogsClient", "GetLogEventsAsync")], called);
    }

    private static class LambdaCaller
    {
        public static Func<CancellationToken, Task> Stop(IEcsClient ecs) =>
            async ct => await ecs.StopTaskAsync(new StopTaskRequest { Cluster = "c", Task = "t" }, ct);
    }

    private static class PagingCaller
    {
        public static async Task<int> CountAsync(ILogsClient logs)
        {
            var count = 0;
            await foreach (var _ in logs.ReadLogEventsAsync(new GetLogEventsRequest { LogGroupName = "g", LogStreamName = "s" }))
            {
                count++;
            }

            return count;
        }
    }
}
