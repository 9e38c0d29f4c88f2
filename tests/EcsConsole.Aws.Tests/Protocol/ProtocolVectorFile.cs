using System.Text.Json.Nodes;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>One botocore protocol test case with the suite (metadata, shapes) it belongs to.</summary>
public sealed record ProtocolVector(string Id, JsonObject Suite, JsonObject Case)
{
    public JsonObject Shapes => Suite["shapes"]!.AsObject();

    public JsonObject Metadata => Suite["metadata"]!.AsObject();

    public string Operation => Case["given"]!["name"]!.GetValue<string>();

    public JsonObject? GivenShapeRef(string inputOrOutput) => Case["given"]![inputOrOutput] as JsonObject;
}

/// <summary>Loads a vector file (e.g. "input/json.json") and names every case by its id (made unique with #n).</summary>
public static class ProtocolVectorFile
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, ProtocolVector>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, ProtocolVector> Load(string relativePath)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(relativePath, out var cached))
            {
                return cached;
            }

            var vectors = new Dictionary<string, ProtocolVector>(StringComparer.Ordinal);
            var root = AwsModelLocator.TestSuitesDirectory;
            if (root is not null)
            {
                var suites = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "protocol-tests", relativePath)))!.AsArray();
                foreach (var suite in suites.Select(s => s!.AsObject()))
                {
                    foreach (var testCase in suite["cases"]!.AsArray().Select(c => c!.AsObject()))
                    {
                        var id = testCase["id"]!.GetValue<string>();
                        var unique = id;
                        for (var n = 2; vectors.ContainsKey(unique); n++)
                        {
                            unique = $"{id}#{n}";
                        }

                        vectors[unique] = new ProtocolVector(unique, suite, testCase);
                    }
                }
            }

            Cache[relativePath] = vectors;
            return vectors;
        }
    }

    public static TheoryData<string> CaseIds(string relativePath)
    {
        var data = new TheoryData<string>();
        foreach (var id in Load(relativePath).Keys)
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>Case ids botocore itself skips for a protocol and direction ("input"/"output"), plus whole suites it skips.</summary>
    public static bool IsOnBotocoreIgnoreList(ProtocolVector vector, string protocolKey, string direction)
    {
        var root = AwsModelLocator.TestSuitesDirectory!;
        var list = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "protocol-tests", "protocol-tests-ignore-list.json")))!;
        var suites = list["general"]?[direction]?["suites"]?.AsArray().Select(s => s!.GetValue<string>()) ?? [];
        var cases = list["protocols"]?[protocolKey]?[direction]?["cases"]?.AsArray().Select(c => c!.GetValue<string>()) ?? [];
        var baseId = vector.Id.Split('#')[0];
        return suites.Contains(vector.Suite["description"]?.GetValue<string>()) || cases.Contains(baseId);
    }
}
