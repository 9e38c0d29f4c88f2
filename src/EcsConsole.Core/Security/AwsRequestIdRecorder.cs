using EcsConsole.Aws;
using Microsoft.Extensions.Hosting;

namespace EcsConsole.Core.Security;

/// <summary>
/// Puts the request id of every AWS attempt made inside a guarded operation into that operation's audit entry.
/// <see cref="AwsCallLog.AttemptCompleted"/> is raised on the calling flow, so <see cref="OperationScope.Current"/> is
/// the operation that made the call. Singleton; subscribes for the host's lifetime.
/// </summary>
public sealed class AwsRequestIdRecorder(AwsCallLog callLog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        callLog.AttemptCompleted += Record;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        callLog.AttemptCompleted -= Record;
        return Task.CompletedTask;
    }

    private static void Record(AwsCallRecord record) => OperationScope.Current?.RecordAwsRequestId(record.RequestId);
}
