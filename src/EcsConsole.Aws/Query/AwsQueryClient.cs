using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Aws.Query;

/// <summary>
/// Generic AWS Query call (IAM, ELBv2, Auto Scaling, STS). The typed overload maps a request record to parameters and
/// the XML result to a response record through their <see cref="QueryShape"/>s, with the same member names as JSON records.
/// Reading is as tolerant as for JSON: elements that cannot be read are left out and reported through <see cref="AwsReadIssues"/>.
/// </summary>
public sealed class AwsQueryClient
{
    private readonly AwsHttpPipeline _pipeline;
    private readonly AwsReadIssueLog _readIssues;

    public AwsQueryClient(AwsHttpPipeline pipeline, ILogger<AwsQueryClient>? logger = null)
    {
        _pipeline = pipeline;
        _readIssues = new AwsReadIssueLog(logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>Sends already-serialized parameters (Action and Version are added) and returns the <c>OpResult</c> element.</summary>
    public async Task<XElement> InvokeAsync(
        AwsServiceDescriptor service,
        string operation,
        IEnumerable<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken = default)
    {
        var all = new List<KeyValuePair<string, string>> { new("Action", operation), new("Version", service.ApiVersion) };
        all.AddRange(parameters.Where(p => p.Key is not "Action" and not "Version"));
        return await SendAsync(service, operation, all, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(
        AwsServiceDescriptor service,
        string operation,
        QueryShape inputShape,
        TRequest request,
        QueryShape outputShape,
        CancellationToken cancellationToken = default)
    {
        var input = JsonSerializer.SerializeToNode(request, AwsJsonSerializer.Options);
        var parameters = AwsQuerySerializer.Serialize(operation, service.ApiVersion, inputShape, input);
        var result = await SendAsync(service, operation, parameters, cancellationToken).ConfigureAwait(false);
        try
        {
            var output = AwsQueryXmlReader.ReadStructure(outputShape, result);
            return AwsResponseReader.Read<TResponse>(output, service.ServiceId, operation, _readIssues);
        }
        catch (JsonException exception)
        {
            throw Unreadable(service, operation, AwsResponseReader.Describe(exception), exception);
        }
    }

    private async Task<XElement> SendAsync(
        AwsServiceDescriptor service,
        string operation,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken)
    {
        if (service.Protocol != AwsProtocol.Query)
        {
            throw new ArgumentException($"{service.ServiceId} does not speak the AWS Query protocol.", nameof(service));
        }

        var wire = AwsQueryProtocol.CreateRequest(parameters);
        if (AwsResendRule.TokenMember(service, operation) is { } tokenMember)
        {
            // As the SDKs do: a token left out gets a fresh one, so retries of this call repeat it safely.
            var token = parameters.FirstOrDefault(p => p.Key == tokenMember).Value;
            wire = AwsQueryProtocol.CreateRequest(string.IsNullOrEmpty(token) ? [.. parameters, new(tokenMember, Guid.NewGuid().ToString())] : parameters)
                with
            { CarriesIdempotencyToken = true };
        }

        var response = await _pipeline.SendAsync(service, operation, wire, AwsQueryProtocol.ParseError, cancellationToken).ConfigureAwait(false);
        try
        {
            return AwsQueryProtocol.ReadResult(operation, response.Body);
        }
        catch (XmlException exception)
        {
            throw Unreadable(service, operation, $"The response is not XML: {exception.Message}", exception);
        }
    }

    private static AwsServiceException Unreadable(AwsServiceDescriptor service, string operation, string message, Exception exception) =>
        new(service.ServiceId, operation, "UnreadableResponse", message, null, 0, exception);
}
