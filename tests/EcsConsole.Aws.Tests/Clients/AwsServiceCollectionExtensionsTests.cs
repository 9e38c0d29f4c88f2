using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.CloudWatch;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using EcsConsole.Aws.Query;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Aws.Sts;
using EcsConsole.Aws.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class AwsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAwsClients_Resolve_EveryClientIsASingleton()
    {
        using var provider = new ServiceCollection().AddAwsClients().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IEcsClient>(), provider.GetRequiredService<IEcsClient>());
        Assert.NotNull(provider.GetRequiredService<IEcrClient>());
        Assert.NotNull(provider.GetRequiredService<ICallerIdentityClient>());
        Assert.Same(provider.GetRequiredService<ILogsClient>(), provider.GetRequiredService<ILogsClient>());
        Assert.NotNull(provider.GetRequiredService<IElbv2Client>());
        Assert.NotNull(provider.GetRequiredService<IApplicationAutoScalingClient>());
        Assert.NotNull(provider.GetRequiredService<IServiceDiscoveryClient>());
        Assert.NotNull(provider.GetRequiredService<ICloudWatchClient>());
        Assert.NotNull(provider.GetRequiredService<AwsJsonClient>());
        Assert.NotNull(provider.GetRequiredService<AwsQueryClient>());
        Assert.Same(provider.GetRequiredService<AwsCallLog>(), provider.GetRequiredService<IAwsCallObserver>());
        Assert.Equal(AwsConnectionSettings.AwsMode, provider.GetRequiredService<AwsConnection>().Current.ModeLabel);
    }

    [Fact]
    public async Task AddAwsClients_PreRegisteredTransportAndConnection_AreUsedAsync()
    {
        using var fake = new FakeAwsHandler();
        fake.RespondJson("""{"clusterArns":["arn:x"]}""");
        var services = new ServiceCollection();
        services.AddSingleton(new AwsTransport(fake));
        services.AddSingleton(new AwsConnection(new AwsConnectionSettings("eu-north-1", null, "http://localhost:1",
            new Amazon.Runtime.BasicAWSCredentials("AKIDDI", "s"), AwsConnectionSettings.SandboxMode)));
        using var provider = services.AddAwsClients().BuildServiceProvider();

        var arns = await provider.GetRequiredService<IEcsClient>().ListClustersAsync().ToListAsync();

        Assert.Equal(["arn:x"], arns);
        Assert.Equal("http://localhost:1/", fake.Requests.Single().Uri.ToString());
        Assert.Equal(1, provider.GetRequiredService<AwsCallLog>().TotalAttempts);
    }
}
