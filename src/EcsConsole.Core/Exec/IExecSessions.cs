namespace EcsConsole.Core.Exec;

/// <summary>
/// ECS Exec for people: opens a shell in a container (ExecuteCommand, then the Session Manager data channel spoken by
/// the console itself) and turns execute command on for a service. Both need the Operator role on the connection; on a
/// production cluster the operator types the service name. Each start is audited (Exec.Start) and each end (Exec.End,
/// with its duration). Scoped: it acts for the circuit's operator on the circuit's connection.
/// </summary>
public interface IExecSessions
{
    /// <summary>
    /// Opens the session and returns once the shell is ready. Throws <c>OperationDeniedException</c> when refused and
    /// the AWS error (with ECS's code and message) when ECS refuses; <c>AwsProblems.ForAction</c> tells either for people.
    /// The caller owns the session: dispose it to end it.
    /// </summary>
    Task<ExecSession> OpenAsync(ExecTarget target, string? confirmationText, CancellationToken cancellationToken);

    /// <summary>UpdateService with enableExecuteCommand=true and a forced deployment, so new tasks accept a shell.</summary>
    Task EnableAndRedeployAsync(string cluster, string service, string? confirmationText, CancellationToken cancellationToken);
}
