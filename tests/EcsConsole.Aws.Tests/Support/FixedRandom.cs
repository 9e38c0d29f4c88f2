namespace EcsConsole.Aws.Tests.Support;

/// <summary>A Random whose NextDouble is fixed, to pin backoff jitter in tests.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
