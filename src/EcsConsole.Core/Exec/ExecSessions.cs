using System.Net.WebSockets;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Ssm.DataChannel;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Exec;

/// <summary>See <see cref="IExecSessions"/>.</summary>
internal sealed class ExecSessions(IEcsClient ecs, IOperationAuthorizer authorizer, ICurrentOperator currentOperator, IAuditTrail audit, TimeProvider time) : IExecSessions
{
    public async Task<ExecSession> OpenAsync(ExecTarget target, string? confirmationText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrWhiteSpace(target.Command))
        {
            throw new ArgumentException("Type a command to run, for example /bin/sh.", nameof(target));
        }

        var actor = await currentOperator.GetAsync(cancellationToken);
        var request = new OperationRequest
        {
            Target = TargetText(target),
            Cluster = target.Cluster,
            Service = target.Service,
            Parameters = new { task = target.TaskArn, container = target.Container, command = target.Command },
            ConfirmationText = confirmationText,
        };
        return await authorizer.RunAsync(MutatingOperation.ExecSessionStart, request, async ct =>
        {
            var started = time.GetTimestamp();
            var response = await ecs.ExecuteCommandAsync(new ExecuteCommandRequest
            {
                Cluster = target.Cluster,
                Task = target.TaskArn,
                Container = target.Container,
                Command = target.Command,
                Interactive = true,
            }, ct);
            if (response.Session is not { StreamUrl: { Length: > 0 } url, TokenValue: { Length: > 0 } token } session)
            {
                throw new InvalidOperationException("ECS answered ExecuteCommand without a session stream URL and token; try again.");
            }

            SessionDataChannel channel;
            try
            {
                // Network timing (acknowledgements, resends) runs on the wall clock, whatever clock the console simulates.
                channel = await SessionDataChannel.ConnectAsync(new Uri(url), token, new SessionDataChannelOptions(), TimeProvider.System, ct);
            }
            catch (Exception e) when (e is DataChannelProtocolException or WebSocketException or UriFormatException)
            {
                throw new InvalidOperationException($"ECS started session {session.SessionId}, but its Session Manager data channel did not open: {e.Message}", e);
            }

            var sessionId = session.SessionId ?? "";
            return new ExecSession(channel, target, sessionId, end => AuditEndAsync(actor, target, sessionId, end, time.GetElapsedTime(started)));
        }, cancellationToken);
    }

    public Task EnableAndRedeployAsync(string cluster, string service, string? confirmationText, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        var request = new OperationRequest
        {
            Target = $"{cluster}/{service}",
            Cluster = cluster,
            Service = service,
            Parameters = new { enableExecuteCommand = true, forceNewDeployment = true },
            ConfirmationText = confirmationText,
        };
        return authorizer.RunAsync(MutatingOperation.ExecEnableAndRedeploy, request, ct =>
            ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = service, EnableExecuteCommand = true, ForceNewDeployment = true }, ct), cancellationToken);
    }

    private static string TargetText(ExecTarget target) => $"{target.Cluster}/{target.Service ?? "(no service)"}/{target.TaskId}/{target.Container}";

    // The end is its own entry: the start's entry closes when the shell opens, and a session may last hours.
    private Task AuditEndAsync(OperatorIdentity? actor, ExecTarget target, string sessionId, ExecSessionEnd end, TimeSpan duration) =>
        audit.RecordAsync(new AuditRecord
        {
            Actor = actor?.Name ?? OperationGuard.AnonymousActor,
            Role = actor?.Role,
            Operation = "Exec.End",
            Target = TargetText(target),
            Parameters = new { task = target.TaskArn, container = target.Container, command = target.Command, sessionId, durationSeconds = Math.Round(duration.TotalSeconds, 1), ended = end.Description },
            Outcome = end.Failed ? AuditOutcome.Failed : AuditOutcome.Succeeded,
            Error = end.Failed ? end.Description : null,
        }, CancellationToken.None);
}
