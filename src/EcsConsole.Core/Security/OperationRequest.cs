namespace EcsConsole.Core.Security;

/// <summary>What a mutating operation is about to do, as the guard checks it and the audit trail records it.</summary>
public sealed record OperationRequest
{
    /// <summary>A short description of the target, e.g. <c>prod/users</c> or <c>user/alice</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The cluster changed, if any; production clusters need <see cref="ConfirmationText"/>.</summary>
    public string? Cluster { get; init; }

    /// <summary>The service changed, if any; on a production cluster the confirmation must equal this name.</summary>
    public string? Service { get; init; }

    /// <summary>The operation's inputs. Serialized to JSON for the audit trail with secrets redacted.</summary>
    public object? Parameters { get; init; }

    /// <summary>What the operator typed to confirm a change to a production service.</summary>
    public string? ConfirmationText { get; init; }

    /// <summary>A free-text note from the operator.</summary>
    public string? Note { get; init; }
}
