using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Ecs;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Benchmarks;

/// <summary>One console's AWS clients on a benchmark sandbox: its connection, call log and rate budget.</summary>
internal sealed class BenchmarkClients : IAsyncDisposable
{
    private readonly ServiceProvider _aws;

    private BenchmarkClients(ServiceProvider aws) => _aws = aws;

    public IEcsClient Ecs => _aws.GetRequiredService<IEcsClient>();

    public AwsCallLog Calls => _aws.GetRequiredService<AwsCallLog>();

    public AwsConnection Connection => _aws.GetRequiredService<AwsConnection>();

    public AwsRateBudget Budget => _aws.GetRequiredService<AwsRateBudget>();

    /// <param name="budget">True: the console's default budget (half of AWS's rates); false: no client-side limit.</param>
    public static BenchmarkClients Create(SandboxServer server, SandboxOptions options, bool budget)
    {
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, server.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var aws = new ServiceCollection()
            .AddSingleton(connection)
            .AddSingleton(new AwsRateBudgetOptions { Enabled = budget })
            .AddAwsClients()
            .BuildServiceProvider();
        return new BenchmarkClients(aws);
    }

    public ValueTask DisposeAsync() => _aws.DisposeAsync();
}
