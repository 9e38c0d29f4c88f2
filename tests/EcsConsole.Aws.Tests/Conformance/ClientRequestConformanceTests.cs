using System.Text.Json.Nodes;
using EcsConsole.Aws.Json;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// Every typed client operation, driven with a fully populated request, must put model-valid, correctly
// enveloped, SigV4-signed requests on the wire and read every member of a fully populated response.
public sealed class ClientRequestConformanceTests
{
    private static readonly Dictionary<string, Lazy<ServiceModel>> Models = ClientOperationCatalog.All
        .Select(o => o.Service).OfType<string>().Distinct()
        .ToDictionary(s => s, s => new Lazy<ServiceModel>(() => ServiceModel.Load(s)));

    public static TheoryData<string> Operations => [.. ClientOperationCatalog.All.Select(o => o.Id)];

    [Fact]
    public void Catalog_ClientInterfaces_AreDiscovered()
    {
        Assert.Contains(ClientOperationCatalog.All, o => o.Id == "IEcsClient.DescribeServicesAsync");
        Assert.All(ClientOperationCatalog.All, o => Assert.True(o.Service is not null, $"{o.Id}: its namespace {o.Interface.Namespace} has no service model mapping"));
    }

    [RequiresAwsModelsFact]
    public void Catalog_EveryClientMethod_NamesAModelOperation()
    {
        var unknown = ClientOperationCatalog.All
            .Where(o => o.Service is null || !Models[o.Service].Value.Operations.ContainsKey(o.Operation))
            .Select(o => $"{o.Id} -> {o.Service}:{o.Operation}");

        Assert.Empty(unknown);
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public async Task InvokeAsync_SampleRequest_SendsModelValidSignedRequestsAsync(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = Models[operation.Service!].Value;
        using var harness = new ClientConformanceHarness(model);

        await harness.InvokeAsync(operation);

        Assert.NotEmpty(harness.Handler.Requests);
        var unpopulated = harness.Requests.SelectMany(r => ParsedValueCheck.FindUnread(r, AwsJsonSerializer.Options, "request"));
        var violations = unpopulated.Concat(harness.Handler.Requests.SelectMany(r => RequestViolations(model, operation.Operation, r))).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public async Task InvokeAsync_FullyPopulatedResponse_ReadsEveryMemberAsync(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = Models[operation.Service!].Value;
        using var harness = new ClientConformanceHarness(model);

        var results = await harness.InvokeAsync(operation);

        if (model.Operation(operation.Operation).OutputShape is null)
        {
            // The model declares no output (e.g. Logs CreateLogGroup): the method must return a plain Task, nothing to read.
            Assert.Equal(typeof(Task), operation.Method.ReturnType);
            return;
        }

        Assert.NotEmpty(results);
        var unread = results.SelectMany((r, i) => ParsedValueCheck.FindUnread(r, AwsJsonSerializer.Options, $"result[{i}]")).ToList();
        Assert.True(unread.Count == 0, string.Join(Environment.NewLine, unread));
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public async Task InvokeAsync_PagedOperation_SendsTheNextTokenItReceivedAsync(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = Models[operation.Service!].Value;
        var output = model.Operation(operation.Operation).OutputShape;
        var pageToken = output is null ? null : PageToken(model.Shape(output).Members.Keys);
        using var harness = new ClientConformanceHarness(model);

        await harness.InvokeAsync(operation);

        var requests = harness.Handler.Requests;
        if (pageToken is null || !IsStream(operation))
        {
            Assert.Single(requests);
            return;
        }

        Assert.Equal(2, requests.Count);
        var sampleToken = ModelSampleBuilder.BuildJson(model, output!)![pageToken]!.GetValue<string>();
        var sentToken = model.Metadata.Protocol is "query" or "ec2"
            ? FormBody.Parse(requests[1].BodyText).GetValueOrDefault(pageToken is "NextMarker" or "Marker" ? "Marker" : pageToken)
            : JsonNode.Parse(requests[1].BodyText)?[pageToken]?.GetValue<string>();
        Assert.Equal(sampleToken, sentToken);
    }

    // IAM pages with Marker plus IsTruncated; the others name a next token.
    private static string? PageToken(IEnumerable<string> keys) =>
        keys.FirstOrDefault(k => k is "nextToken" or "NextToken" or "NextMarker")
        ?? (keys.Contains("IsTruncated") && keys.Contains("Marker") ? "Marker" : null);

    private static bool IsStream(ClientOperation operation) =>
        operation.Method.ReturnType.IsGenericType && operation.Method.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);

    private static IEnumerable<string> RequestViolations(ServiceModel model, string operation, CapturedRequest request)
    {
        var metadata = model.Metadata;
        var authorization = request.Header("Authorization") ?? "";
        var scope = $"Credential={ClientConformanceHarness.AccessKey}/";
        // IAM is global: it signs for its partition's global region (us-east-1 in aws) whatever the connection's region.
        var region = AwsServices.All.Any(s => s.IsGlobal && s.SigningName == metadata.SigningName) ? "us-east-1" : ClientConformanceHarness.Region;
        var scopeEnd = $"/{region}/{metadata.SigningName}/aws4_request";
        if (!authorization.StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal)
            || !authorization.Contains(scope, StringComparison.Ordinal)
            || !authorization.Contains(scopeEnd + ",", StringComparison.Ordinal)
            || !authorization.Contains("Signature=", StringComparison.Ordinal))
        {
            yield return $"Authorization '{authorization}' is not SigV4 with scope .../{region}/{metadata.SigningName}/aws4_request";
        }

        if (request.Header("X-Amz-Date") is null)
        {
            yield return "X-Amz-Date header missing";
        }

        if (request.Method != HttpMethod.Post)
        {
            yield return $"method {request.Method} should be POST";
        }

        var contentType = request.Header("Content-Type") ?? "";
        if (metadata.Protocol == "json")
        {
            if (request.Header("X-Amz-Target") != $"{metadata.TargetPrefix}.{operation}")
            {
                yield return $"X-Amz-Target '{request.Header("X-Amz-Target")}' should be '{metadata.TargetPrefix}.{operation}'";
            }

            if (!contentType.StartsWith(metadata.JsonContentType!, StringComparison.Ordinal))
            {
                yield return $"Content-Type '{contentType}' should be {metadata.JsonContentType}";
            }

            foreach (var violation in model.ValidateJsonInput(operation, JsonNode.Parse(request.BodyText)))
            {
                yield return violation;
            }
        }
        else
        {
            if (!contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
            {
                yield return $"Content-Type '{contentType}' should be application/x-www-form-urlencoded";
            }

            foreach (var violation in model.ValidateQueryInput(operation, FormBody.Parse(request.BodyText)))
            {
                yield return violation;
            }
        }
    }
}
