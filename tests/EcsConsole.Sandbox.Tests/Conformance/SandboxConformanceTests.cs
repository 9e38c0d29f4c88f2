using System.Net;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Conformance;

// The sandbox must answer like AWS: every operation it implements returns bodies that the official model
// accepts, and its errors use codes the model (or AWS's common errors) define.
public sealed class SandboxConformanceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, Lazy<ServiceModel>> Models = new(StringComparer.Ordinal);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly SandboxOptions _options = new() { Url = "http://127.0.0.1:0" };
    private SandboxServer _sandbox = null!;
    private SandboxWire _wire = null!;

    public static TheoryData<string> Cases => [.. SandboxConformanceCases.All.Keys];

    public static TheoryData<string> JsonErrors => [.. SandboxErrorCases.Json.Keys];

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(_options, _time, CancellationToken.None);
        _wire = new SandboxWire(_sandbox.Url, _options.Region, _options.AccessKeyId, _options.SecretAccessKey);

        // Let the seeded fleet run for a simulated while: tasks start, some fail and are replaced, events accrue.
        Advance(TimeSpan.FromMinutes(30));
    }

    public async Task DisposeAsync()
    {
        _wire.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public void Discover_SandboxOperations_EachHasAConformanceCase()
    {
        var implemented = SandboxOperationCatalog.Discover(_sandbox.Engine);

        Assert.Contains("ecs:DescribeServices", implemented);
        Assert.Empty(implemented.Except(SandboxConformanceCases.All.Keys));
    }

    [Fact]
    public void Cases_EachNamesAnImplementedOperation()
    {
        var implemented = SandboxOperationCatalog.Discover(_sandbox.Engine);

        Assert.Empty(SandboxConformanceCases.All.Keys.Except(implemented));
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Cases))]
    public async Task Operation_RealisticRequests_AnswersModelValidBodiesAsync(string id)
    {
        var session = new SandboxConformanceSession(_wire, Model);

        await SandboxConformanceCases.All[id](session, Advance);

        var violations = session.Exchanges.SelectMany(Violations).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(JsonErrors))]
    public async Task Operation_InvalidRequest_AnswersModelErrorAsync(string id)
    {
        var error = SandboxErrorCases.Json[id];
        var model = Model(error.Service);

        var reply = await _wire.SendJsonAsync(model, error.Operation, error.Body, secretOverride: error.WrongSecret);

        Assert.True((int)reply.Status is >= 400 and < 500, $"status {(int)reply.Status}: {reply.Body}");
        Assert.Equal(error.ExpectedCode, ServiceModel.ErrorCodeFromType(reply.Json?["__type"]?.GetValue<string>() ?? ""));
        Assert.Empty(model.ValidateJsonError(error.Operation, reply.Json));
        Assert.False(string.IsNullOrEmpty(reply.RequestId), "x-amzn-RequestId header missing");

        // Clients read the code from x-amzn-ErrorType first, so when present it must agree with the body.
        Assert.True(reply.ErrorType is null || ServiceModel.ErrorCodeFromType(reply.ErrorType) == error.ExpectedCode, $"x-amzn-ErrorType '{reply.ErrorType}'");
    }

    [RequiresAwsModelsFact]
    public async Task Query_UnimplementedAction_AnswersQueryErrorXmlAsync()
    {
        var model = Model("sts");

        var reply = await _wire.SendQueryAsync(model, new Dictionary<string, string>
        {
            ["Action"] = "AssumeRole", ["Version"] = model.Metadata.ApiVersion, ["RoleArn"] = "arn:aws:iam::000000000000:role/ops", ["RoleSessionName"] = "s",
        });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(model.ValidateQueryErrorXml("AssumeRole", reply.Xml));
    }

    [RequiresAwsModelsFact]
    public async Task Json_MissingAuthorization_AnswersCommonAuthErrorAsync()
    {
        var model = Model("ecs");

        var reply = await _wire.SendJsonAsync(model, "ListClusters", [], sign: false);

        Assert.True((int)reply.Status is 400 or 403, $"status {(int)reply.Status}");
        Assert.Empty(model.ValidateJsonError("ListClusters", reply.Json));
    }

    private static ServiceModel Model(string service)
    {
        Lazy<ServiceModel> lazy;
        lock (Models)
        {
            lazy = Models.TryGetValue(service, out var found) ? found : Models[service] = new Lazy<ServiceModel>(() => ServiceModel.Load(service));
        }

        return lazy.Value;
    }

    private static IEnumerable<string> Violations(WireExchange exchange)
    {
        var label = $"{exchange.Operation} {exchange.Request?.ToJsonString()}";
        var requestErrors = exchange.Request is null ? [] : exchange.Model.ValidateJsonInput(exchange.Operation, exchange.Request);
        var replyErrors = exchange.Model.Metadata.Protocol switch
        {
            "query" => exchange.Model.ValidateQueryOutputXml(exchange.Operation, exchange.Reply.Xml),
            "ec2" => exchange.Model.ValidateEc2OutputXml(exchange.Operation, exchange.Reply.Xml),
            _ => exchange.Model.ValidateJsonOutput(exchange.Operation, exchange.Reply.Json),
        };
        var contentType = exchange.Model.Metadata.Protocol is "query" or "ec2" ? "text/xml" : exchange.Model.Metadata.JsonContentType;
        var envelope = new List<string>();
        if (exchange.Reply.ContentType != contentType)
        {
            envelope.Add($"Content-Type '{exchange.Reply.ContentType}' should be {contentType}");
        }

        if (exchange.Model.Metadata.Protocol == "json" && string.IsNullOrEmpty(exchange.Reply.RequestId))
        {
            envelope.Add("x-amzn-RequestId header missing");
        }

        return requestErrors.Select(e => $"(test request) {label}: {e}")
            .Concat(envelope.Concat(replyErrors).Select(e => $"{label}: {e}"));
    }

    // The simulation advances in one-second steps on its timer, so move the fake clock in small hops.
    private void Advance(TimeSpan span)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromSeconds(10))
        {
            _time.Advance(TimeSpan.FromSeconds(10));
        }
    }
}
