namespace EcsConsole.Aws;

public enum AwsProtocol
{
    /// <summary>AWS JSON 1.0 / 1.1: POST / with X-Amz-Target.</summary>
    Json,

    /// <summary>AWS Query: form-encoded POST, XML responses.</summary>
    Query,

    /// <summary>EC2's Query dialect: form-encoded POST, XML answers without a Result wrapper.</summary>
    Ec2,
}

/// <summary>
/// Wire facts of one AWS service, copied from its model's metadata. <see cref="ServiceId"/> names the
/// service in errors and in AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;. <see cref="QueryCompatible"/> mirrors the model's
/// <c>awsQueryCompatible</c> trait: a JSON service that kept its Query error codes.
/// </summary>
public sealed record AwsServiceDescriptor(
    string ServiceId,
    AwsProtocol Protocol,
    string EndpointPrefix,
    string SigningName,
    string ApiVersion,
    string? TargetPrefix = null,
    string? JsonVersion = null,
    bool IsGlobal = false,
    bool QueryCompatible = false)
{
    /// <summary>Suffix of AWS_ENDPOINT_URL_&lt;X&gt;: service id upper-cased, spaces to underscores.</summary>
    public string EndpointEnvironmentSuffix => ServiceId.ToUpperInvariant().Replace(' ', '_');

    public string JsonContentType => $"application/x-amz-json-{JsonVersion ?? "1.1"}";
}
