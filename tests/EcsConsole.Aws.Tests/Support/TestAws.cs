using Amazon.Runtime;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Aws.Tests.Support;

/// <summary>A pipeline wired to a fake network, a fake clock and static credentials, with nothing read from the machine.</summary>
public sealed class TestAws : IDisposable
{
    public TestAws(Random? random = null, IReadOnlyDictionary<string, string>? environment = null, ILogger<AwsHttpPipeline>? pipelineLogger = null)
    {
        var env = environment ?? new Dictionary<string, string>();
        Handler.Clock = Clock;
        Connection = new AwsConnection(new AwsConnectionSettings(
            "eu-west-1", null, null, new BasicAWSCredentials("AKIDTEST", "secret-test"), AwsConnectionSettings.AwsMode));
        RetryPolicy = new AwsRetryPolicy(random ?? new Random(7));
        var endpoints = new AwsEndpointResolver(name => env.TryGetValue(name, out var value) ? value : null);
        Credentials = new AwsCredentialsSource(endpoints, Handler, CallLog, Clock);
        Pipeline = new AwsHttpPipeline(
            Connection,
            Credentials,
            endpoints,
            Handler,
            Clock,
            RetryPolicy,
            CallLog,
            pipelineLogger);
    }

    public FakeAwsHandler Handler { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    public AwsCallLog CallLog { get; } = new();

    /// <summary>Assumes roles through <see cref="Handler"/> on <see cref="Clock"/>, like the pipeline's calls.</summary>
    public AwsCredentialsSource Credentials { get; }

    public AwsConnection Connection { get; }

    public AwsRetryPolicy RetryPolicy { get; }

    public AwsHttpPipeline Pipeline { get; }

    /// <summary>
    /// Runs a call that may wait between retries: keeps moving the fake clock forward in steps (100 ms unless given) until the call
    /// completes, so backoff delays elapse without real waiting. Gives up after <paramref name="timeout"/> of real time.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, TimeSpan? timeout = null, TimeSpan? step = null)
    {
        var task = call();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (!task.IsCompleted)
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"The call did not complete within {limit}.");
            }

            Clock.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        return await task;
    }

    public void Dispose()
    {
        Credentials.Dispose();
        Handler.Dispose();
    }
}
