using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Testing;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

/// <summary>
/// Runs one client method against a capturing transport that answers every request with a fully populated,
/// model-valid response (the first page carries a next token, later pages do not).
/// </summary>
internal sealed class ClientConformanceHarness : IDisposable
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string Region = "eu-west-1";

    private static readonly string[] PageTokens = ["nextToken", "NextToken", "NextMarker", "Marker"];
    private readonly ServiceProvider _provider;
    private int _answered;

    private readonly ShapeModel? _error;

    /// <param name="error">When set, every request is answered with this model error instead of a sample.</param>
    public ClientConformanceHarness(ServiceModel model, ShapeModel? error = null)
    {
        Model = model;
        _error = error;
        Handler = new CapturingHttpHandler(Respond);
        var services = new ServiceCollection();

        // One attempt: error answers are checked as parsed, not retried on the fake clock.
        services.AddSingleton(new AwsRetryPolicy { MaxAttempts = 1 });
        // The budget waits on the clock, and this clock never moves: a property run of hundreds of calls would spend the
        // burst and then wait forever. The budget has its own tests; here it is opened wide.
        services.AddSingleton(TestAwsClients.BudgetOff);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(ModelSampleBuilder.SampleEpochSeconds)));
        services.AddSingleton(new AwsTransport(Handler));
        services.AddSingleton(new AwsConnection(new AwsConnectionSettings(
            Region, null, null, new BasicAWSCredentials(AccessKey, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "Test")));
        services.AddAwsClients();
        _provider = services.BuildServiceProvider();
    }

    public ServiceModel Model { get; }

    public CapturingHttpHandler Handler { get; }

    /// <summary>When set, rewrites every successful response body (JSON or XML text) before it is sent; the operation is its first argument.</summary>
    public Func<string, string, string>? RewriteResponseBody { get; set; }

    /// <summary>The request records passed to the last invocation.</summary>
    public IReadOnlyList<object?> Requests { get; private set; } = [];

    /// <summary>Invokes the method with model-sample arguments; returns what it produced (items for streams).</summary>
    public async Task<IReadOnlyList<object?>> InvokeAsync(ClientOperation operation)
    {
        var client = _provider.GetRequiredService(operation.Interface);
        Interlocked.Exchange(ref _answered, 0);
        var arguments = operation.Method.GetParameters().Select(p => Argument(p, operation)).ToArray();
        Requests = arguments.Where(a => a is not CancellationToken).ToList();
        var returned = operation.Method.Invoke(client, arguments);
        return returned switch
        {
            null => [],
            Task task => [await AwaitAsync(task)],
            _ when AsyncEnumerableItem(returned.GetType()) is { } item => await DrainAsync(returned, item),
            _ => [returned],
        };
    }

    public void Dispose() => _provider.Dispose();

    private object? Argument(ParameterInfo parameter, ClientOperation operation)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        // Requests are built from the model's own sample so every member the record has is populated.
        var input = Model.Operation(operation.Operation).InputShape
            ?? throw new InvalidOperationException($"{operation.Id} takes {parameter.ParameterType.Name} but {operation.Operation} has no input.");
        var sample = ModelSampleBuilder.BuildJson(Model, input);
        return sample.Deserialize(parameter.ParameterType, AwsJsonSerializer.Options);
    }

    private HttpResponseMessage Respond(CapturedRequest request)
    {
        if (_error is not null)
        {
            return ErrorResponse(_error);
        }

        var operation = OperationOf(request);
        var firstPage = Interlocked.Increment(ref _answered) == 1;
        if (Model.Metadata.Protocol is "query" or "ec2")
        {
            var xml = Model.Metadata.Protocol == "ec2" ? QuerySampleXml.BuildEc2Response(Model, operation) : QuerySampleXml.BuildResponse(Model, operation);
            if (!firstPage)
            {
                xml.Descendants().Where(e => PageTokens.Contains(e.Name.LocalName)).Remove();
            }

            return CapturingHttpHandler.Xml(HttpStatusCode.OK, Rewrite(operation, xml.ToString()));
        }

        var output = Model.Operation(operation).OutputShape;
        var body = output is null ? new JsonObject() : ModelSampleBuilder.BuildJson(Model, output)!.AsObject();
        if (!firstPage)
        {
            foreach (var token in PageTokens)
            {
                body.Remove(token);
            }
        }

        return CapturingHttpHandler.Json(HttpStatusCode.OK, Rewrite(operation, body.ToJsonString()), Model.Metadata.JsonContentType ?? "application/json");
    }

    private string Rewrite(string operation, string body) => RewriteResponseBody is { } rewrite ? rewrite(operation, body) : body;

    private HttpResponseMessage ErrorResponse(ShapeModel shape)
    {
        var code = ServiceModel.ErrorCode(shape);
        var status = (HttpStatusCode)(shape.ErrorHttpStatusCode ?? (shape.IsFault ? 500 : 400));
        if (Model.Metadata.Protocol == "ec2")
        {
            var ec2 = new XElement("Response",
                new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", "conformance error"))),
                new XElement("RequestID", "00000000-0000-0000-0000-000000000002"));
            return CapturingHttpHandler.Xml(status, ec2.ToString());
        }

        if (Model.Metadata.Protocol == "query")
        {
            XNamespace ns = Model.Metadata.XmlNamespace ?? "";
            var xml = new XElement(ns + "ErrorResponse",
                new XElement(ns + "Error",
                    new XElement(ns + "Type", shape.IsFault ? "Receiver" : "Sender"),
                    new XElement(ns + "Code", code),
                    new XElement(ns + "Message", "conformance error")),
                new XElement(ns + "RequestId", "00000000-0000-0000-0000-000000000002"));
            return CapturingHttpHandler.Xml(status, xml.ToString());
        }

        var body = new JsonObject { ["__type"] = code, ["message"] = "conformance error" };
        return CapturingHttpHandler.Json(status, body.ToJsonString(), Model.Metadata.JsonContentType ?? "application/json");
    }

    private string OperationOf(CapturedRequest request)
    {
        if (request.Header("X-Amz-Target") is { } target)
        {
            return target[(target.LastIndexOf('.') + 1)..];
        }

        return FormBody.Parse(request.BodyText).GetValueOrDefault("Action") ?? "";
    }

    private static async Task<object?> AwaitAsync(Task task)
    {
        await task;
        var type = task.GetType();
        return type.IsGenericType ? type.GetProperty("Result")!.GetValue(task) : null;
    }

    private static Type? AsyncEnumerableItem(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?
            .GetGenericArguments()[0];

    private static Task<IReadOnlyList<object?>> DrainAsync(object stream, Type item) =>
        (Task<IReadOnlyList<object?>>)typeof(ClientConformanceHarness)
            .GetMethod(nameof(DrainTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(item)
            .Invoke(null, [stream])!;

    private static async Task<IReadOnlyList<object?>> DrainTypedAsync<T>(IAsyncEnumerable<T> stream)
    {
        var items = new List<object?>();
        await foreach (var item in stream)
        {
            items.Add(item);
        }

        return items;
    }
}
