namespace EcsConsole.Core.Fleet;

/// <summary>One entry of a capacity provider strategy: how tasks are spread over a provider.</summary>
public sealed record CapacityProviderShare(string CapacityProvider, int Weight, int Base)
{
    public override string ToString() => Base > 0 ? $"{CapacityProvider} w{Weight} b{Base}" : $"{CapacityProvider} w{Weight}";
}
