using System.Text.Json;
using CsCheck;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Ssm;
using EcsConsole.Aws.Sts;
using EcsConsole.Aws.Tests.Conformance;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Reading;

/// <summary>
/// Every client method that reads a response, fed a model-valid response changed the way real endpoints differ from the
/// model (scalar kinds flipped, unknown members and enum values, members dropped or null, wrong-kind list elements). The
/// method must return: what cannot be read is left out and reported, never thrown. Changes that lose nothing (numbers and
/// booleans written as strings) must read back the same values.
/// </summary>
public sealed class ResponseMutationPropertyTests
{
    // 25 per operation per run (a fresh seed each time); ECSCONSOLE_PROPERTY_ITERATIONS=2000 for a long hunt.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("ECSCONSOLE_PROPERTY_ITERATIONS"), out var configured) && configured > 0 ? configured : 25;

    // EC2, SSM and STS answers are read by the AWS SDK, not by our readers.
    private static readonly Type[] ReadBySdk = [typeof(IEc2Client), typeof(ISsmParameterClient), typeof(ICallerIdentityClient)];

    private static readonly Dictionary<string, Lazy<ServiceModel>> Models = ClientOperationCatalog.All
        .Select(o => o.Service).OfType<string>().Distinct()
        .ToDictionary(s => s, s => new Lazy<ServiceModel>(() => ServiceModel.Load(s)));

    public static TheoryData<string> Operations => [.. ClientOperationCatalog.All.Where(o => !ReadBySdk.Contains(o.Interface)).Select(o => o.Id)];

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public void InvokeAsync_MutatedResponse_ReturnsAndReportsWhatItLeftOut(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = Models[operation.Service!].Value;
        if (model.Operation(operation.Operation).OutputShape is not { } output)
        {
            return;
        }

        using var harness = new ClientConformanceHarness(model);
        var xml = model.Metadata.Protocol == "query";
        ResponseMutation[] current = [];
        harness.RewriteResponseBody = (_, body) => xml ? ResponseMutation.ApplyToXml(body, current) : ResponseMutation.ApplyToJson(body, current);
        var reported = 0;

        ResponseMutation.Gen.Sample(mutations =>
        {
            current = mutations;
            using var capture = AwsReadIssues.Capture();
            Run(harness, operation);
            reported += capture.Issues.Count > 0 ? 1 : 0;
            Assert.All(capture.Issues, issue => Assert.Equal(operation.Operation, issue.Operation));
        }, iter: Iterations, threads: 1);

        // Guards against a generator that never reaches anything the reader must leave out, in long hunts only: 25 cases
        // of mostly harmless changes to a large answer can miss by chance. Query XML is all text, so an answer of strings
        // only (IAM DeleteServiceLinkedRole) has nothing to leave out; JSON always does.
        Assert.True(reported > 0 || xml || Iterations < 100 || model.Shape(output).Members.Count == 0,
            $"{id}: no mutation in {Iterations} was left out and reported; the property checked no skipping");
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public async Task InvokeAsync_NumbersAndBooleansWrittenAsStrings_ReadsTheSameValuesAsync(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = Models[operation.Service!].Value;
        if (model.Operation(operation.Operation).OutputShape is null || model.Metadata.Protocol != "json")
        {
            return;
        }

        using var harness = new ClientConformanceHarness(model);
        var expected = Serialize(await harness.InvokeAsync(operation));
        var changed = 0;
        harness.RewriteResponseBody = (_, body) => ResponseMutation.WriteScalarsAsText(body, out changed);
        using var capture = AwsReadIssues.Capture();

        var actual = Serialize(await harness.InvokeAsync(operation));

        // Samples of only non-numeric text (ListClusters: ARNs) have nothing to rewrite and read the same trivially.
        Assert.Equal(expected, actual);
        Assert.Empty(capture.Issues);
    }

    [RequiresAwsModelsFact]
    public void WriteScalarsAsText_DescribeTasksSample_RewritesNumbersBooleansAndTimestamps()
    {
        var model = Models["ecs"].Value;
        var sample = ModelSampleBuilder.BuildJson(model, model.Operation("DescribeTasks").OutputShape!)!.ToJsonString();

        ResponseMutation.WriteScalarsAsText(sample, out var changed);

        Assert.True(changed >= 10, $"only {changed} scalars were rewritten");
    }

    [RequiresAwsModelsFact]
    public async Task InvokeAsync_BodyThatIsNotAJsonObject_ThrowsUnreadableResponseAsync()
    {
        var operation = ClientOperationCatalog.Find("IEcsClient.DescribeTasksAsync");
        using var harness = new ClientConformanceHarness(Models["ecs"].Value) { RewriteResponseBody = (_, _) => "[1,2,3]" };

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => harness.InvokeAsync(operation));

        Assert.Equal(AwsErrorKind.Unreadable, error.Kind);
    }

    [Fact]
    public void ApplyToJson_SameMutations_AreDeterministicAndChangeTheBody()
    {
        const string Body = """{"tasks":[{"taskArn":"a","version":3,"containers":[{"cpu":"0"}]}],"nextToken":"t"}""";
        ResponseMutation[] mutations = [new(2, 0), new(5, 7)];

        var first = ResponseMutation.ApplyToJson(Body, mutations);
        var second = ResponseMutation.ApplyToJson(Body, mutations);

        Assert.Equal(first, second);
        Assert.NotEqual(Body, first);
    }

    [Fact]
    public void WriteScalarsAsText_Body_WritesEveryNumberAndBooleanAsAString()
    {
        var text = ResponseMutation.WriteScalarsAsText("""{"a":1.5,"b":[true,7],"c":"x","d":"12"}""", out var changed);

        Assert.Equal("""{"a":"1.5","b":["true","7"],"c":"x","d":12}""", text);
        Assert.Equal(4, changed);
    }

    private static void Run(ClientConformanceHarness harness, ClientOperation operation)
    {
        try
        {
            // Off the test's synchronization context, so waiting here cannot deadlock.
            Task.Run(() => harness.InvokeAsync(operation)).GetAwaiter().GetResult();
        }
        catch (AwsServiceException exception)
        {
            Assert.Fail($"{operation.Id} threw for a mutated response: {exception.Message}");
        }
    }

    private static string Serialize(IReadOnlyList<object?> results) =>
        string.Join("\n", results.Select(r => r is null ? "null" : JsonSerializer.Serialize(r, r.GetType(), AwsJsonSerializer.Options)));
}
