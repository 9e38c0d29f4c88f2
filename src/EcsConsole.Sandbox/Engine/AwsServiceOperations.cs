namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// One AWS service's operations on the sandbox. The state they touch is the engine's one <see cref="SandboxState"/> and
/// every read and write goes through the engine's one lock, so a call that crosses services (ECS CreateService checking
/// an ELBv2 target group and a Cloud Map service) sees one consistent state and the simulation has caught up first.
/// </summary>
public abstract class AwsServiceOperations(SandboxEngine engine)
{
    protected SandboxEngine Engine { get; } = engine;

    protected ArnFactory Arns => Engine.Arns;

    protected SandboxOptions Options => Engine.Options;

    /// <inheritdoc cref="SandboxEngine.Read{T}"/>
    protected T Read<T>(Func<SandboxState, T> read) => Engine.Read(read);

    /// <inheritdoc cref="SandboxEngine.Write{T}"/>
    private protected T Write<T>(Func<Simulation, DateTimeOffset, T> write) => Engine.Write(write);
}
