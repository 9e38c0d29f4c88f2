namespace EcsConsole.Aws.Ssm;

/// <summary>
/// Reads Systems Manager parameters, chiefly AWS's public ones (<see cref="EcsOptimizedAmiParameters"/>). Singleton; uses the
/// connection current at each call. A missing parameter fails with <see cref="AwsServiceException"/> code ParameterNotFound.
/// </summary>
public interface ISsmParameterClient
{
    Task<GetParameterResponse> GetParameterAsync(GetParameterRequest request, CancellationToken cancellationToken = default);
}
