using System.Text;
using EcsConsole.Testing;

namespace EcsConsole.Sandbox.Tests.Conformance;

// The raw conformance requests are signed by the test signer; the official suite proves it signs correctly.
public sealed class SigV4TestSignerTests
{
    public static TheoryData<string> SuiteCases =>
    [
        "get-vanilla", "post-vanilla", "get-vanilla-query-order-key-case", "get-vanilla-query-order-value",
        "get-vanilla-query-unreserved", "get-vanilla-empty-query-key", "get-header-key-duplicate", "get-header-value-trim",
        "post-header-key-case", "post-header-key-sort", "post-header-value-case", "post-x-www-form-urlencoded",
        "post-x-www-form-urlencoded-parameters", "get-utf8", "get-vanilla-utf8-query",
    ];

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void Authorization_SuiteRequest_MatchesExpectedHeader(string name)
    {
        var folder = AwsModelLocator.TestSuiteFile(Path.Combine("sigv4-testsuite", name));
        var (method, path, query, headers, body) = Parse(File.ReadAllText(Path.Combine(folder, name + ".req")));
        var amzDate = headers.First(h => h.Key.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase)).Value;

        var authorization = SigV4TestSigner.Authorization(method, path, query, headers, body,
            "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service", amzDate);

        Assert.Equal(File.ReadAllText(Path.Combine(folder, name + ".authz")).Trim(), authorization);
    }

    [Fact]
    public void Authorization_DifferentSecret_ChangesSignature()
    {
        KeyValuePair<string, string>[] headers = [new("Host", "example.amazonaws.com"), new("X-Amz-Date", "20150830T123600Z")];

        var first = SigV4TestSigner.Authorization("GET", "/", "", headers, [], "AKID", "one", "us-east-1", "ecs", "20150830T123600Z");
        var second = SigV4TestSigner.Authorization("GET", "/", "", headers, [], "AKID", "two", "us-east-1", "ecs", "20150830T123600Z");

        Assert.NotEqual(first, second);
        Assert.Contains("Credential=AKID/20150830/us-east-1/ecs/aws4_request", first, StringComparison.Ordinal);
    }

    private static (string Method, string Path, string Query, List<KeyValuePair<string, string>> Headers, byte[] Body) Parse(string text)
    {
        var split = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var lines = split[0].Split('\n');
        var requestLine = lines[0];
        var target = requestLine[(requestLine.IndexOf(' ', StringComparison.Ordinal) + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = lines.Skip(1)
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]))
            .ToList();
        return (requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)],
            question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..],
            headers,
            Encoding.UTF8.GetBytes(split.Length > 1 ? split[1] : ""));
    }
}
