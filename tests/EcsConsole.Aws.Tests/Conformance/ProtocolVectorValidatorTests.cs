using System.Text.Json.Nodes;
using System.Xml.Linq;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// botocore's own protocol test vectors are, by definition, correct wire traffic: the validator must accept
// every request and successful response in them, or it would reject correct clients and servers.
public sealed class ProtocolVectorValidatorTests
{
    public static TheoryData<string> InputFiles => ["json", "query"];

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(InputFiles))]
    public void ValidateInput_BotocoreVectors_NoViolations(string protocol)
    {
        var failures = new List<string>();
        var checkedCases = 0;
        foreach (var (model, name, testCase) in Cases(protocol, "input"))
        {
            var serialized = testCase["serialized"]!;
            var body = serialized["body"]?.GetValue<string>() ?? "";
            var errors = protocol == "json"
                ? model.ValidateJsonInput(name, body.Length == 0 ? new JsonObject() : JsonNode.Parse(body))
                : model.ValidateQueryInput(name, FormBody.Parse(body));
            checkedCases++;
            failures.AddRange(errors.Select(e => $"{testCase["id"] ?? name}: {e}"));
        }

        Assert.True(checkedCases > 5, $"only {checkedCases} vectors found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    public static TheoryData<string> OutputFiles => ["json", "query"];

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(OutputFiles))]
    public void ValidateOutput_BotocoreVectors_NoViolations(string protocol)
    {
        var failures = new List<string>();
        var checkedCases = 0;
        foreach (var (model, name, testCase) in Cases(protocol, "output"))
        {
            var response = testCase["response"]!;
            var body = response["body"]?.GetValue<string>() ?? "";
            if (response["status_code"]?.GetValue<int>() is not 200 || body.Length == 0 || testCase["given"]?["output"] is null)
            {
                continue;
            }

            var errors = protocol == "json"
                ? model.ValidateJsonOutput(name, JsonNode.Parse(body))
                : model.ValidateQueryOutputXml(name, XDocument.Parse(body));
            checkedCases++;
            failures.AddRange(errors.Select(e => $"{testCase["id"] ?? name}: {e}"));
        }

        Assert.True(checkedCases > 5, $"only {checkedCases} vectors found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Cases botocore itself lists as not applicable (compression, idempotency autofill, and its
    // documented deviations) are left out the same way.
    private static IEnumerable<(ServiceModel Model, string Operation, JsonNode Case)> Cases(string protocol, string direction)
    {
        var ignore = JsonNode.Parse(File.ReadAllText(AwsModelLocator.TestSuiteFile("protocol-tests/protocol-tests-ignore-list.json")))!;
        var ignoredSuites = Strings(ignore["general"]?[direction]?["suites"]);
        var ignoredCases = Strings(ignore["protocols"]?[protocol]?[direction]?["cases"]);
        var path = $"protocol-tests/{direction}/{protocol}.json";
        var suites = JsonNode.Parse(File.ReadAllText(AwsModelLocator.TestSuiteFile(path)))!.AsArray();
        foreach (var suite in suites.Where(s => !ignoredSuites.Contains(s!["description"]?.GetValue<string>() ?? "")))
        {
            foreach (var testCase in suite!["cases"]!.AsArray().Where(c => !ignoredCases.Contains(c!["id"]?.GetValue<string>() ?? "")))
            {
                var given = testCase!["given"]!;
                var name = given["name"]!.GetValue<string>();
                var model = ServiceModel.Parse(new JsonObject
                {
                    ["metadata"] = suite["metadata"]!.DeepClone(),
                    ["shapes"] = suite["shapes"]!.DeepClone(),
                    ["operations"] = new JsonObject { [name] = given.DeepClone() },
                });
                yield return (model, name, testCase);
            }
        }
    }

    private static HashSet<string> Strings(JsonNode? array) =>
        (array?.AsArray() ?? []).Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
}
