namespace EcsConsole.Core.Security;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Unknown user or wrong password; deliberately not told apart.</summary>
    InvalidCredentials,

    LockedOut,

    Disabled,
}

/// <summary>The result of checking a password; <see cref="Operator"/> is set only on success.</summary>
public sealed record SignInResult(SignInOutcome Outcome, OperatorIdentity? Operator, DateTimeOffset? LockedUntil = null);
