using Amazon.Runtime;

namespace EcsConsole.Aws.Http;

/// <summary>What <see cref="AwsSigningHandler"/> needs to sign one attempt; travels in <see cref="HttpRequestMessage.Options"/>.</summary>
public sealed record AwsSigningContext(ImmutableCredentials Credentials, string SigningRegion, string SigningName)
{
    /// <summary>Added to the local clock when signing: AWS's time minus ours, learnt from a clock-skew error (<see cref="AwsClockSkew"/>).</summary>
    public TimeSpan ClockOffset { get; init; }

    public static readonly HttpRequestOptionsKey<AwsSigningContext> Key = new("EcsConsole.Aws.Signing");
}
