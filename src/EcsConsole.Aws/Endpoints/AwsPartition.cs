using System.Text.RegularExpressions;

namespace EcsConsole.Aws.Endpoints;

/// <summary>
/// The few partition facts endpoint resolution needs, taken from botocore's partitions.json and encoded here so
/// nothing reads model files at runtime.
/// </summary>
public sealed record AwsPartition(string Id, string DnsSuffix, string GlobalRegion, Regex RegionPattern)
{
    public static readonly AwsPartition Aws = Create("aws", "amazonaws.com", "us-east-1", @"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$");

    public static IReadOnlyList<AwsPartition> All { get; } =
    [
        Aws,
        Create("aws-cn", "amazonaws.com.cn", "cn-northwest-1", @"^cn\-\w+\-\d+$"),
        Create("aws-us-gov", "amazonaws.com", "us-gov-west-1", @"^us\-gov\-\w+\-\d+$"),
        Create("aws-iso", "c2s.ic.gov", "us-iso-east-1", @"^us\-iso\-\w+\-\d+$"),
        Create("aws-iso-b", "sc2s.sgov.gov", "us-isob-east-1", @"^us\-isob\-\w+\-\d+$"),
        Create("aws-iso-e", "cloud.adc-e.uk", "eu-isoe-west-1", @"^eu\-isoe\-\w+\-\d+$"),
        Create("aws-iso-f", "csp.hci.ic.gov", "us-isof-south-1", @"^us\-isof\-\w+\-\d+$"),
        Create("aws-eusc", "amazonaws.eu", "eusc-de-east-1", @"^eusc\-(de)\-\w+\-\d+$"),
    ];

    /// <summary>
    /// The partition whose region pattern matches; unknown regions fall back to the aws partition, as the
    /// endpoint rule sets do.
    /// </summary>
    public static AwsPartition ForRegion(string region) =>
        All.Skip(1).FirstOrDefault(p => p.RegionPattern.IsMatch(region)) ?? Aws;

    private static AwsPartition Create(string id, string dnsSuffix, string globalRegion, string pattern) =>
        new(id, dnsSuffix, globalRegion, new Regex(pattern, RegexOptions.CultureInvariant));
}
