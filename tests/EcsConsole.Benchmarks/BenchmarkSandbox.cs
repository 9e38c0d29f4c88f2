using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Benchmarks;

/// <summary>
/// An in-process sandbox on a frozen clock (the fleet stays still unless the benchmark changes it) with the console's
/// real AWS clients pointed at it, counting every HTTP attempt in an <see cref="AwsCallLog"/>.
/// </summary>
internal sealed class BenchmarkSandbox : IAsyncDisposable
{
    private readonly ServiceProvider aws;

    private BenchmarkSandbox(SandboxServer server, ServiceProvider aws)
    {
        Server = server;
        this.aws = aws;
    }

    public SandboxServer Server { get; }

    public IEcsClient Ecs => aws.GetRequiredService<IEcsClient>();

    public AwsCallLog Calls => aws.GetRequiredService<AwsCallLog>();

    public AwsConnection Connection => aws.GetRequiredService<AwsConnection>();

    public static async Task<BenchmarkSandbox> StartAsync(SandboxScale scale, bool demo)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Seed = demo, Scale = scale, RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 0 };
        var server = await SandboxServer.StartAsync(options, new FakeTimeProvider(DateTimeOffset.UtcNow), CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, server.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var aws = new ServiceCollection().AddSingleton(connection).AddAwsClients().BuildServiceProvider();
        return new BenchmarkSandbox(server, aws);
    }

    public async ValueTask DisposeAsync()
    {
        await aws.DisposeAsync();
        await Server.DisposeAsync();
    }
}
