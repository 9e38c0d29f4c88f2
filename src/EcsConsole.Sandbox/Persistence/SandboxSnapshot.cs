using System.Text.Json;

namespace EcsConsole.Sandbox.Persistence;

/// <summary>
/// One sandbox account's state in one region as saved beside the console's store: the engine's
/// <see cref="Engine.SandboxState"/> and, in the home region's file only, the account's IAM (global, so kept once), with the simulated time they were saved at (timestamps are moved to the new clock on restore).
/// </summary>
public sealed record SandboxSnapshot
{
    /// <summary>Raised whenever the saved shape changes incompatibly; a file of another version is set aside.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    /// <summary>The sandbox clock's time when saved.</summary>
    public required DateTimeOffset SavedAt { get; init; }

    public required JsonElement State { get; init; }

    /// <summary>The account's IAM; absent from a further region's file.</summary>
    public JsonElement? Iam { get; init; }
}
