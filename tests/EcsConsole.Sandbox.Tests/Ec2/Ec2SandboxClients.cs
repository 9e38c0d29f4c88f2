using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Ssm;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Ec2;

/// <summary>Our EC2, SSM, Auto Scaling and ECS clients, built by AddAwsClients, pointed at a seeded sandbox on loopback HTTP.</summary>
internal sealed class Ec2SandboxClients : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private Ec2SandboxClients(SandboxServer sandbox, ServiceProvider provider, FakeTimeProvider time)
    {
        Sandbox = sandbox;
        _provider = provider;
        Time = time;
    }

    public SandboxServer Sandbox { get; }

    /// <summary>Starts at the real time: the sandbox checks signatures' age against the real clock.</summary>
    public FakeTimeProvider Time { get; }

    public IEc2Client Ec2 => _provider.GetRequiredService<IEc2Client>();

    public ISsmParameterClient Ssm => _provider.GetRequiredService<ISsmParameterClient>();

    public IAutoScalingClient AutoScaling => _provider.GetRequiredService<IAutoScalingClient>();

    public IEcsClient Ecs => _provider.GetRequiredService<IEcsClient>();

    public AwsCallLog Calls => _provider.GetRequiredService<AwsCallLog>();

    public static async Task<Ec2SandboxClients> StartAsync()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = SandboxTestContext.Options();
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(new AwsConnection(new AwsConnectionSettings(options.Region, null, sandbox.Url.ToString().TrimEnd('/'),
                new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode)))
            .AddAwsClientsWithoutBudget();
        return new Ec2SandboxClients(sandbox, services.BuildServiceProvider(), time);
    }

    /// <summary>Moves the simulation on in the one-second steps it takes.</summary>
    public void Advance(TimeSpan span)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromSeconds(5))
        {
            Time.Advance(TimeSpan.FromSeconds(5));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
