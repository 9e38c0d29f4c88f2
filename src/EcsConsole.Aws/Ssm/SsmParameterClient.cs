using Amazon.SimpleSystemsManagement;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Sdk;
using Model = Amazon.SimpleSystemsManagement.Model;

namespace EcsConsole.Aws.Ssm;

/// <summary>SSM GetParameter through AWSSDK.SimpleSystemsManagement, configured by <see cref="AwsSdkInvoker"/> like our other clients.</summary>
public sealed class SsmParameterClient : ISsmParameterClient
{
    private readonly AwsSdkInvoker _sdk;

    public SsmParameterClient(
        AwsConnection connection,
        AwsCredentialsSource credentials,
        AwsEndpointResolver endpoints,
        HttpMessageHandler transport,
        IAwsCallObserver observer,
        TimeProvider timeProvider)
    {
        _sdk = new AwsSdkInvoker(AwsServices.Ssm, connection, credentials, endpoints, transport, observer, timeProvider);
    }

    public Task<GetParameterResponse> GetParameterAsync(GetParameterRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("GetParameter needs a parameter name, e.g. " + EcsOptimizedAmiParameters.AmazonLinux2023 + ".", nameof(request));
        }

        return _sdk.InvokeAsync<AmazonSimpleSystemsManagementConfig, AmazonSimpleSystemsManagementClient, GetParameterResponse>(
            "GetParameter",
            (credentials, config) => new AmazonSimpleSystemsManagementClient(credentials, config),
            async (client, ct) =>
            {
                var response = await client.GetParameterAsync(
                    new Model.GetParameterRequest { Name = request.Name, WithDecryption = request.WithDecryption }, ct).ConfigureAwait(false);
                return new GetParameterResponse { Parameter = Map(response.Parameter) };
            },
            cancellationToken);
    }

    private static Parameter? Map(Model.Parameter? parameter) => parameter is null ? null : new()
    {
        Name = parameter.Name,
        Type = parameter.Type?.Value,
        Value = parameter.Value,
        Version = parameter.Version,
        LastModifiedDate = SdkTimestamps.Utc(parameter.LastModifiedDate),
        ARN = parameter.ARN,
        DataType = parameter.DataType,
    };
}
