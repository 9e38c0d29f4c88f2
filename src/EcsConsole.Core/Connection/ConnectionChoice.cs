namespace EcsConsole.Core.Connection;

/// <summary>The connection and region a user last chose, kept so their next session starts there. One row per user.</summary>
public sealed class ConnectionChoice
{
    /// <summary>The normalized user name (<c>ConsoleUser.Normalize</c>).</summary>
    public required string NormalizedUserName { get; set; }

    public required string ConnectionName { get; set; }

    public required string Region { get; set; }

    public DateTimeOffset ChosenAt { get; set; }
}
