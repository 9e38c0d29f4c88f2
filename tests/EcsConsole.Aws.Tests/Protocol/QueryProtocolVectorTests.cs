using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Query;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>
/// botocore's awsQuery vectors run through our shape-driven serializer, form encoder, XML reader and error parser.
/// Inputs are given in our JSON-side form (epoch-second timestamps, base64 blobs) as a request record would produce.
/// </summary>
public sealed class QueryProtocolVectorTests
{
    private const string InputFile = "input/query.json";
    private const string OutputFile = "output/query.json";

    public static TheoryData<string> InputCases() => ProtocolVectorFile.CaseIds(InputFile);

    public static TheoryData<string> OutputCases() => ProtocolVectorFile.CaseIds(OutputFile);

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(InputCases))]
    public void Serialize_Vector_ProducesSpecifiedFormBody(string id)
    {
        var vector = ProtocolVectorFile.Load(InputFile)[id];
        if (Skip(vector, "input"))
        {
            return;
        }

        var expected = vector.Case["serialized"]!.AsObject();
        Assert.True(expected["host"] is null, "A vector with a host expectation must be listed as an exclusion.");
        var inputRef = vector.GivenShapeRef("input");
        QueryShape? shape = null;
        JsonNode? value = null;
        if (inputRef is not null)
        {
            shape = new VectorQueryShapes(vector.Shapes).Build(inputRef["shape"]!.GetValue<string>());
            value = new VectorValues(vector.Shapes).Canonical(vector.Case["params"], inputRef);
        }

        var request = AwsQueryProtocol.CreateRequest(
            AwsQuerySerializer.Serialize(vector.Operation, vector.Metadata["apiVersion"]!.GetValue<string>(), shape, value));

        Assert.Equal(expected["headers"]!["Content-Type"]!.GetValue<string>(), request.ContentType);
        Assert.Equal(expected["body"]!.GetValue<string>(), Encoding.UTF8.GetString(request.Body));
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

        var response = JsonProtocolVectorTests.WireResponse(vector.Case["response"]!.AsObject());
        if (vector.Case["errorCode"] is { } errorCode)
        {
            var service = new AwsServiceDescriptor("ProtocolTest", AwsProtocol.Query, "protocoltest", "protocoltest", "2020-01-08");
            var error = AwsQueryProtocol.ParseError(service, vector.Operation, response);
            Assert.Equal(errorCode.GetValue<string>(), error.ErrorCode);
            Assert.Equal(vector.Case["error"]?["Message"]?.GetValue<string>(), error.AwsMessage);
            Assert.Equal("foo-id", error.RequestId);
            return;
        }

        var outputRef = vector.GivenShapeRef("output");
        JsonNode actual = new JsonObject();
        JsonNode? expected = new JsonObject();
        if (outputRef is not null)
        {
            var shape = new VectorQueryShapes(vector.Shapes).Build(outputRef["shape"]!.GetValue<string>());
            actual = AwsQueryXmlReader.ReadStructure(shape, AwsQueryProtocol.ReadResult(vector.Operation, response.Body));
            expected = new VectorValues(vector.Shapes).Canonical(vector.Case["result"], outputRef);
        }

        Assert.Equal(VectorValues.Sorted(expected), VectorValues.Sorted(actual));
    }

    private static bool Skip(ProtocolVector vector, string direction) =>
        ProtocolVectorExclusions.Reasons.ContainsKey($"query/{direction}/{vector.Id}")
        || (ProtocolVectorFile.IsOnBotocoreIgnoreList(vector, "query", direction)
            && !ProtocolVectorExclusions.RunDespiteBotocoreIgnoreList.Contains($"query/{direction}/{vector.Id}"));
}
