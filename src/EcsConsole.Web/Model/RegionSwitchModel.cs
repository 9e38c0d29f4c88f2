using EcsConsole.Aws;

namespace EcsConsole.Web.Model;

/// <summary>
/// What the app bar's region/profile switch offers. On AWS: the common commercial regions and the profiles of the shared
/// config files. On the sandbox: only the sandbox's region, since it serves no other (switching would only show errors).
/// </summary>
public sealed class RegionSwitchModel(AwsConnectionSettings current, IReadOnlyList<string> profiles)
{
    public static readonly IReadOnlyList<string> CommercialRegions =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
        "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1",
        "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2",
    ];

    public AwsConnectionSettings Current { get; } = current;

    public bool IsSandbox => Current.ModeLabel == AwsConnectionSettings.SandboxMode;

    public string Label => IsSandbox
        ? Current.Region
        : Current.Profile is null ? Current.Region : $"{Current.Region} · {Current.Profile}";

    public IReadOnlyList<string> Regions => IsSandbox
        ? [Current.Region]
        : CommercialRegions.Contains(Current.Region) ? CommercialRegions : [Current.Region, .. CommercialRegions];

    /// <summary>Profiles to pick from; only offered on AWS and when there is more than one to choose.</summary>
    public IReadOnlyList<string> Profiles => IsSandbox || profiles.Count < 2 ? [] : profiles;

    /// <summary>
    /// The settings to switch to, or null when nothing would change. A new profile drops explicit credentials so the
    /// profile's own chain applies; a new region keeps the current credentials.
    /// </summary>
    public AwsConnectionSettings? SwitchTo(string region, string? profile)
    {
        if (IsSandbox && region != Current.Region)
        {
            throw new InvalidOperationException($"The sandbox serves {Current.Region} only.");
        }
        var profileChanged = !string.Equals(profile, Current.Profile, StringComparison.Ordinal);
        if (region == Current.Region && !profileChanged)
        {
            return null;
        }
        return Current with
        {
            Region = region,
            Profile = profile,
            Credentials = profileChanged ? null : Current.Credentials,
        };
    }
}
