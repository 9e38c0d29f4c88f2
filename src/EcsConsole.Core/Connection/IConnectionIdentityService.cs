namespace EcsConsole.Core.Connection;

/// <summary>Describes the current AWS connection for display. Singleton; the answer is cached until the connection switches.</summary>
public interface IConnectionIdentityService
{
    /// <summary>Raised after the connection switched; read <see cref="GetAsync"/> again.</summary>
    event Action? Changed;

    Task<ConnectionIdentity> GetAsync(CancellationToken cancellationToken);
}
