using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>
/// botocore's awsJson1_1 vectors run through our serializer settings, request envelope, body reader and error parser.
/// Cases that exercise features we do not use are listed in <see cref="ProtocolVectorExclusions"/> with the reason.
/// </summary>
public sealed class JsonProtocolVectorTests
{
    private const string InputFile = "input/json.json";
    private const string OutputFile = "output/json.json";

    public static TheoryData<string> InputCases() => ProtocolVectorFile.CaseIds(InputFile);

    public static TheoryData<string> OutputCases() => ProtocolVectorFile.CaseIds(OutputFile);

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(InputCases))]
    public void CreateRequest_Vector_SerializesAsSpecified(string id)
    {
        var vector = ProtocolVectorFile.Load(InputFile)[id];
        if (Skip(vector, "input"))
        {
            return;
        }

        Assert.True(vector.Case["serialized"]!["host"] is null, "A vector with a host expectation must be listed as an exclusion.");
        var values = new VectorValues(vector.Shapes);
        var inputRef = vector.GivenShapeRef("input");
        var body = inputRef is null
            ? null
            : JsonSerializer.SerializeToUtf8Bytes(values.ToClr(vector.Case["params"], inputRef), AwsJsonSerializer.Options);

        var request = AwsJsonProtocol.CreateRequest(Service(vector), vector.Operation, body);

        var expected = vector.Case["serialized"]!.AsObject();
        Assert.Equal("POST", expected["method"]!.GetValue<string>());
        Assert.Equal("/", expected["uri"]!.GetValue<string>());
        foreach (var (name, value) in expected["headers"]?.AsObject() ?? [])
        {
            var actual = name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                ? request.ContentType
                : request.Headers.Single(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            Assert.Equal(value!.GetValue<string>(), actual);
        }

        var expectedBody = expected["body"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(expectedBody))
        {
            Assert.Equal(VectorValues.Sorted(JsonNode.Parse(expectedBody)), VectorValues.Sorted(JsonNode.Parse(request.Body)));
        }
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(OutputCases))]
    public void ReadResponse_Vector_ParsesResultOrError(string id)
    {
        var vector = ProtocolVectorFile.Load(OutputFile)[id];
        if (Skip(vector, "output"))
        {
            return;
        }

        var response = WireResponse(vector.Case["response"]!.AsObject());
        if (vector.Case["errorCode"] is { } errorCode)
        {
            var error = AwsJsonProtocol.ParseError(Service(vector), vector.Operation, response);
            Assert.Equal(errorCode.GetValue<string>(), error.ErrorCode);
            var message = vector.Case["error"]?["Message"] ?? vector.Case["error"]?["message"];
            Assert.Equal(message?.GetValue<string>(), error.AwsMessage);
            return;
        }

        var values = new VectorValues(vector.Shapes);
        var outputRef = vector.GivenShapeRef("output");
        var body = AwsJsonProtocol.Deserialize<JsonNode>(response.Body);
        var actual = outputRef is null ? new JsonObject() : ReadThroughSerializer(values, body, outputRef);
        var expected = outputRef is null ? new JsonObject() : values.Canonical(vector.Case["result"], outputRef);
        Assert.Equal(VectorValues.Sorted(expected), VectorValues.Sorted(actual));
    }

    /// <summary>Reads each member with the CLR type our records use for that shape type, through our serializer options.</summary>
    private static JsonNode? ReadThroughSerializer(VectorValues values, JsonNode? node, JsonObject reference)
    {
        if (node is null)
        {
            return null;
        }

        var shape = values.Shape(reference);
        var options = AwsJsonSerializer.Options;
        switch (shape["type"]!.GetValue<string>())
        {
            case "structure":
                var result = new JsonObject();
                foreach (var (name, memberRef) in shape["members"]!.AsObject())
                {
                    var wireName = memberRef!["locationName"]?.GetValue<string>() ?? name;
                    if (node.AsObject().TryGetPropertyValue(wireName, out var member) && member is not null)
                    {
                        result[name] = ReadThroughSerializer(values, member, memberRef.AsObject());
                    }
                }

                return result;
            case "list":
                return new JsonArray(node.AsArray().Select(item => ReadThroughSerializer(values, item, shape["member"]!.AsObject())).ToArray());
            case "map":
                return new JsonObject(node.AsObject().Where(e => e.Value is not null)
                    .Select(e => KeyValuePair.Create(e.Key, ReadThroughSerializer(values, e.Value, shape["value"]!.AsObject()))));
            case "timestamp":
                return VectorValues.DateToNode(node.Deserialize<DateTimeOffset>(options));
            case "blob":
                return JsonValue.Create(Convert.ToBase64String(node.Deserialize<byte[]>(options)!));
            case "float" or "double":
                var number = node.Deserialize<double>(options);
                return double.IsFinite(number) ? JsonValue.Create((decimal)number) : JsonValue.Create(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "integer" or "long":
                return JsonValue.Create(node.Deserialize<long>(options));
            case "boolean":
                return JsonValue.Create(node.Deserialize<bool>(options));
            default:
                return JsonValue.Create(node.Deserialize<string>(options));
        }
    }

    private static bool Skip(ProtocolVector vector, string direction)
    {
        var key = $"json/{direction}/{vector.Id}";
        if (ProtocolVectorExclusions.Reasons.ContainsKey(key))
        {
            return true;
        }

        return ProtocolVectorFile.IsOnBotocoreIgnoreList(vector, "json", direction);
    }

    private static AwsServiceDescriptor Service(ProtocolVector vector) =>
        new("ProtocolTest", AwsProtocol.Json, "protocoltest", "protocoltest",
            vector.Metadata["apiVersion"]?.GetValue<string>() ?? "2018-01-01",
            vector.Metadata["targetPrefix"]?.GetValue<string>(),
            vector.Metadata["jsonVersion"]?.GetValue<string>() ?? "1.1");

    internal static AwsWireResponse WireResponse(JsonObject response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response["headers"]?.AsObject() ?? [])
        {
            headers[name] = value!.GetValue<string>();
        }

        return new AwsWireResponse(
            (HttpStatusCode)response["status_code"]!.GetValue<int>(),
            headers,
            Encoding.UTF8.GetBytes(response["body"]?.GetValue<string>() ?? ""));
    }
}
