using Amazon.Runtime;

namespace EcsConsole.Aws.Http;

/// <summary>What <see cref="AwsSigningHandler"/> needs to sign one attempt; travels in <see cref="HttpRequestMessage.Options"/>.</summary>
public sealed record AwsSigningContext(ImmutableCredentials Credentials, string SigningRegion, string SigningName)
{
    public static readonly HttpRequestOptionsKey<AwsSigningContext> Key = new("EcsConsole.Aws.Signing");
}
