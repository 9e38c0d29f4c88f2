namespace EcsConsole.Core.Security;

/// <summary>A local account in the console's store. Passwords are kept only as ASP.NET Core Identity hashes.</summary>
public sealed class ConsoleUser
{
    public int Id { get; set; }

    /// <summary>The sign-in name as typed at creation.</summary>
    public required string UserName { get; set; }

    /// <summary>Upper-invariant <see cref="UserName"/>, unique, used for look-ups.</summary>
    public required string NormalizedUserName { get; set; }

    public string? PasswordHash { get; set; }

    public ConsoleRole Role { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Consecutive failed sign-ins since the last success or lockout.</summary>
    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockoutEndsAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
