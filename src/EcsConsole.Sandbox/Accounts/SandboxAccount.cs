using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Iam;
using EcsConsole.Sandbox.Protocol.Iam;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// One AWS account in the sandbox: an engine per region it serves (ECS, ECR, logs, load balancing, Cloud Map, EC2, scaling,
/// alarms, all simulated together; see <see cref="SandboxRegion"/>) and its IAM, which is global and so shared by its
/// regions, as in AWS. Accounts share nothing.
/// </summary>
public sealed class SandboxAccount : IDisposable
{
    private readonly Dictionary<string, SandboxRegion> _byName;

    /// <param name="engine">The engine of the home region (<see cref="SandboxOptions.Region"/>).</param>
    /// <param name="otherRegions">One engine per further region, each built for this account.</param>
    public SandboxAccount(SandboxEngine engine, IEnumerable<SandboxEngine>? otherRegions = null)
    {
        Home = new SandboxRegion(engine);
        Regions = [Home, .. (otherRegions ?? []).Select(e => new SandboxRegion(e))];
        if (Regions.Any(r => r.Engine.Arns.AccountId != engine.Arns.AccountId))
        {
            throw new ArgumentException($"Every engine of account {engine.Arns.AccountId} must be built for that account.", nameof(otherRegions));
        }

        _byName = Regions.ToDictionary(r => r.Name, StringComparer.Ordinal);
        IamApi = new IamQueryApi(engine.Arns, engine.Options, engine.TimeProvider);
    }

    public string AccountId => Home.Engine.Arns.AccountId;

    /// <summary>The home region's engine.</summary>
    public SandboxEngine Engine => Home.Engine;

    /// <summary>The home region (<see cref="SandboxOptions.Region"/>).</summary>
    public SandboxRegion Home { get; }

    /// <summary>The home region first, then the further ones in configuration order.</summary>
    public IReadOnlyList<SandboxRegion> Regions { get; }

    /// <summary>The account's IAM roles and instance profiles, one set for all its regions.</summary>
    public IamAccount Iam => IamApi.Account;

    public IamQueryApi IamApi { get; }

    /// <summary>The region of that name, or null when the sandbox does not serve it.</summary>
    public SandboxRegion? In(string region) => _byName.GetValueOrDefault(region);

    /// <summary>The engine of <paramref name="region"/>; throws when the sandbox does not serve that region.</summary>
    public SandboxEngine EngineIn(string region) =>
        In(region)?.Engine ?? throw new ArgumentException(
            $"The sandbox serves no region {region} (it serves {string.Join(", ", Regions.Select(r => r.Name))}).", nameof(region));

    public void Dispose()
    {
        foreach (var region in Regions)
        {
            region.Engine.Dispose();
        }
    }
}
