namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>
/// Protocol vectors that test features our wire layer does not implement because no operation we call uses them.
/// Keyed "protocol/direction/caseId". botocore's own ignore list is applied in addition.
/// </summary>
internal static class ProtocolVectorExclusions
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["json/input/AwsJson11EndpointTrait"] = HostPrefix,
        ["json/input/AwsJson11EndpointTraitWithHostLabel"] = HostPrefix,
        ["json/input/AwsJson11HostWithPath"] = HostPrefix,
        ["json/input/serializes_timestamp_shapes_with_iso8601_timestampformat"] = TimestampFormat,
        ["json/input/serializes_timestamp_shapes_with_httpdate_timestampformat"] = TimestampFormat,
        ["json/input/PutAndGetInlineDocumentsInput"] = Documents,
        ["json/output/PutAndGetInlineDocumentsInput"] = Documents,
        ["query/input/AwsQueryEndpointTrait"] = HostPrefix,
        ["query/input/AwsQueryEndpointTraitWithHostLabel"] = HostPrefix,
    };

    /// <summary>
    /// Cases on botocore's ignore list that we run anyway: botocore skips them for its legacy flattened-list naming;
    /// we follow Smithy's rule (flattened entries use the structure member's name) and pass them.
    /// </summary>
    public static readonly IReadOnlySet<string> RunDespiteBotocoreIgnoreList = new HashSet<string>(StringComparer.Ordinal)
    {
        "query/input/QueryFlattenedListArgWithXmlName",
        "query/output/QueryXmlLists",
    };

    private const string HostPrefix =
        "endpoint trait (host prefix / host label): no operation we call has one; requests go to the resolved endpoint as is";

    private const string TimestampFormat =
        "timestampFormat trait on a JSON member: none of the JSON services we call (ECS, ECR, Logs, ...) declares one, so epoch seconds always apply";

    private const string Documents = "document types: not used by any operation we call";
}
