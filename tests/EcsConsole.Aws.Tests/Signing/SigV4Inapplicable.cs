namespace EcsConsole.Aws.Tests.Signing;

/// <summary>
/// SigV4 suite cases our signing path does not reproduce, and why. A listed case that starts matching fails the test,
/// so this list cannot go stale.
/// </summary>
internal static class SigV4Inapplicable
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["post-sts-token/post-sts-header-after"] =
            "adds X-Amz-Security-Token after signing; we always sign the token, as STS-issued credentials require for the services we call",
    };
}
