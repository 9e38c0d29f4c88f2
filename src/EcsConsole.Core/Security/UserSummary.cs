namespace EcsConsole.Core.Security;

/// <summary>A local account as the users page shows it; never carries the hash.</summary>
public sealed record UserSummary(
    string UserName,
    ConsoleRole Role,
    bool IsDisabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt);
