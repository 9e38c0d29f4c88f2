namespace EcsConsole.Sandbox.Quirks;

/// <summary>The quirks played from now on; replaced at any time (a test turns them on and off on a running sandbox).</summary>
public sealed class QuirkSwitch(SandboxQuirks initial)
{
    private SandboxQuirks _current = initial;

    public SandboxQuirks Quirks
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value ?? throw new ArgumentNullException(nameof(value)));
    }
}
