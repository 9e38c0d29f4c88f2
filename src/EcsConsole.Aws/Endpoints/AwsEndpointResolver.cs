namespace EcsConsole.Aws.Endpoints;

/// <summary>
/// Endpoint precedence of the AWS CLI and SDKs: AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;, then AWS_ENDPOINT_URL, then the
/// connection's endpoint URL, then the regional default of the region's partition. IAM is global per partition.
/// </summary>
public sealed class AwsEndpointResolver
{
    private readonly Func<string, string?> _environment;

    public AwsEndpointResolver()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Tests pass a fake environment.</summary>
    public AwsEndpointResolver(Func<string, string?> environment)
    {
        _environment = environment;
    }

    public AwsEndpoint Resolve(AwsServiceDescriptor service, AwsConnectionSettings settings)
    {
        var region = settings.Region;
        var signingRegion = service.IsGlobal ? GlobalEndpoint(service, region).SigningRegion : region;

        var configured = NonEmpty(_environment("AWS_ENDPOINT_URL_" + service.EndpointEnvironmentSuffix))
            ?? NonEmpty(_environment("AWS_ENDPOINT_URL"))
            ?? NonEmpty(settings.EndpointUrl);
        if (configured is not null)
        {
            return new AwsEndpoint(ParseEndpoint(configured), signingRegion);
        }

        if (service.IsGlobal)
        {
            return GlobalEndpoint(service, region);
        }

        var partition = AwsPartition.ForRegion(region);
        return new AwsEndpoint(new Uri($"https://{service.EndpointPrefix}.{region}.{partition.DnsSuffix}"), region);
    }

    private static AwsEndpoint GlobalEndpoint(AwsServiceDescriptor service, string region)
    {
        var partition = AwsPartition.ForRegion(region);
        var prefix = service.EndpointPrefix;
        return partition.Id switch
        {
            "aws" => new AwsEndpoint(new Uri($"https://{prefix}.amazonaws.com"), "us-east-1"),
            "aws-cn" => new AwsEndpoint(new Uri($"https://{prefix}.cn-north-1.amazonaws.com.cn"), "cn-north-1"),
            "aws-us-gov" => new AwsEndpoint(new Uri($"https://{prefix}.us-gov.amazonaws.com"), "us-gov-west-1"),
            _ => new AwsEndpoint(new Uri($"https://{prefix}.{partition.GlobalRegion}.{partition.DnsSuffix}"), partition.GlobalRegion),
        };
    }

    private static Uri ParseEndpoint(string value)
    {
        // The CLI accepts a bare host; an absolute URL is what we send to, so default the scheme to https.
        var text = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"The AWS endpoint URL '{value}' is not an http(s) URL.");
        }

        return uri;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
