using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Benchmarks;

/// <summary>
/// An in-process sandbox on a frozen clock (the fleet stays still unless the benchmark changes it) with the console's
/// real AWS clients pointed at it, counting every HTTP attempt in an <see cref="AwsCallLog"/>. Its own clients have the
/// client-side rate budget opened wide (they count calls); <see cref="NewClients"/> makes others, with the default budget.
/// </summary>
internal sealed class BenchmarkSandbox : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly BenchmarkClients _clients;

    private BenchmarkSandbox(SandboxServer server, SandboxOptions options)
    {
        Server = server;
        _options = options;
        _clients = NewClients(budget: false);
    }

    public SandboxServer Server { get; }

    public IEcsClient Ecs => _clients.Ecs;

    public AwsCallLog Calls => _clients.Calls;

    public AwsConnection Connection => _clients.Connection;

    public static async Task<BenchmarkSandbox> StartAsync(SandboxScale scale, bool demo)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Seed = demo, Scale = scale, RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 0 };
        var server = await SandboxServer.StartAsync(options, new FakeTimeProvider(DateTimeOffset.UtcNow), CancellationToken.None);
        return new BenchmarkSandbox(server, options);
    }

    /// <summary>Another console's AWS clients on this sandbox, with their own call log and rate budget (the default one when <paramref name="budget"/>).</summary>
    public BenchmarkClients NewClients(bool budget) => BenchmarkClients.Create(Server, _options, budget);

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        await Server.DisposeAsync();
    }
}
