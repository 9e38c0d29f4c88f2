using EcsConsole.Sandbox.Auth;
using EcsConsole.Testing;

namespace EcsConsole.Sandbox.Tests.Auth;

public sealed class SigV4VerifierTests
{
    public static TheoryData<string> SuiteCases()
    {
        var data = new TheoryData<string>();
        if (AwsModelLocator.TestSuitesDirectory is { } root)
        {
            foreach (var directory in SigV4SuiteCase.Directories(Path.Combine(root, "sigv4-testsuite")))
            {
                data.Add(Path.GetRelativePath(root, directory));
            }
        }

        return data;
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void CanonicalRequest_SuiteCase_MatchesExpected(string relativeDirectory)
    {
        var suiteCase = Load(relativeDirectory);
        var credential = SigV4Credential.Read(suiteCase.Request)!;

        var canonical = SigV4Canonicalizer.CanonicalRequest(suiteCase.Request, credential);

        Assert.Equal(suiteCase.CanonicalRequest, canonical);
        Assert.Equal(suiteCase.StringToSign, SigV4Canonicalizer.StringToSign(canonical, credential));
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void IsValid_SuiteRequestWithExpectedAuthorization_Verifies(string relativeDirectory)
    {
        var suiteCase = Load(relativeDirectory);
        var credential = SigV4Credential.Read(suiteCase.Request)!;

        Assert.Equal(SigV4SuiteCase.AccessKeyId, credential.AccessKeyId);
        Assert.True(SigV4Verifier.IsValid(suiteCase.Request, credential, SigV4SuiteCase.SecretAccessKey));
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void IsValid_SuiteSignedRequest_VerifiesExactlyWhenItCarriesTheExpectedSignature(string relativeDirectory)
    {
        var suiteCase = Load(relativeDirectory);
        var carriesExpected = suiteCase.SignedRequest.Header("Authorization")!.Trim() == suiteCase.Authorization;
        var credential = SigV4Credential.Read(suiteCase.SignedRequest)!;

        Assert.Equal(carriesExpected, SigV4Verifier.IsValid(suiteCase.SignedRequest, credential, SigV4SuiteCase.SecretAccessKey));
    }

    [RequiresAwsTestSuitesFact]
    public void IsValid_SuiteSignedRequests_AllButOneCarryTheExpectedSignature()
    {
        var root = Path.Combine(AwsModelLocator.TestSuitesDirectory!, "sigv4-testsuite");
        var inconsistent = SigV4SuiteCase.Directories(root).Select(SigV4SuiteCase.Load)
            .Where(c => c.SignedRequest.Header("Authorization")!.Trim() != c.Authorization)
            .Select(c => c.Name);

        Assert.Equal(["get-vanilla-with-session-token"], inconsistent);
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void IsValid_SuiteRequestWithTamperedDate_Fails(string relativeDirectory)
    {
        var suiteCase = Load(relativeDirectory);
        var tampered = suiteCase.Request with
        {
            Headers = suiteCase.Request.Headers
                .Select(h => h.Key.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase) ? new KeyValuePair<string, string>(h.Key, "20150830T123601Z") : h)
                .ToList(),
        };
        var credential = SigV4Credential.Read(tampered)!;

        Assert.False(SigV4Verifier.IsValid(tampered, credential, SigV4SuiteCase.SecretAccessKey));
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(SuiteCases))]
    public void IsValid_SuiteRequestWithOtherSecret_Fails(string relativeDirectory)
    {
        var suiteCase = Load(relativeDirectory);
        var credential = SigV4Credential.Read(suiteCase.Request)!;

        Assert.False(SigV4Verifier.IsValid(suiteCase.Request, credential, SigV4SuiteCase.SecretAccessKey + "x"));
    }

    [Fact]
    public void Read_AuthorizationWithoutSignature_ThrowsIncompleteSignature()
    {
        var request = new SigV4Request("POST", "/", "", [new("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host"), new("X-Amz-Date", "20150830T123600Z")], Array.Empty<byte>());

        var error = Assert.Throws<SandboxApiException>(() => SigV4Credential.Read(request));

        Assert.Equal("IncompleteSignatureException", error.Code);
        Assert.Contains("Authorization header requires 'Signature' parameter.", error.Message);
    }

    [Fact]
    public void Read_NoAuthorization_ReturnsNull()
    {
        var request = new SigV4Request("POST", "/", "", [new("Host", "localhost")], Array.Empty<byte>());

        Assert.Null(SigV4Credential.Read(request));
    }

    private static SigV4SuiteCase Load(string relativeDirectory) =>
        SigV4SuiteCase.Load(Path.Combine(AwsModelLocator.TestSuitesDirectory!, relativeDirectory));
}
