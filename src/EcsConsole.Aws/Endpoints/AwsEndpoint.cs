namespace EcsConsole.Aws.Endpoints;

/// <summary>Where to send a service's requests and which region to sign them for.</summary>
public sealed record AwsEndpoint(Uri Url, string SigningRegion);
