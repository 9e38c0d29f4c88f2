namespace EcsConsole.Core.Security;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>
    /// Unknown user, wrong password, or a name still waiting after repeated failures; deliberately not told apart, so
    /// the answer reveals neither which names exist nor which are being guessed at.
    /// </summary>
    InvalidCredentials,

    Disabled,
}

/// <summary>The result of checking a password; <see cref="Operator"/> is set only on success.</summary>
public sealed record SignInResult(SignInOutcome Outcome, OperatorIdentity? Operator);
