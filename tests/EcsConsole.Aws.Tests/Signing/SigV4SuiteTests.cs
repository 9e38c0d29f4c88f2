using Amazon.Runtime;
using EcsConsole.Aws.Signing;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Signing;

public sealed class SigV4SuiteTests
{
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = AwsModelLocator.TestSuitesDirectory;
        if (root is null)
        {
            return data;
        }

        foreach (var directory in CaseDirectories(Path.Combine(root, "sigv4-testsuite")))
        {
            data.Add(Path.GetRelativePath(Path.Combine(root, "sigv4-testsuite"), directory));
        }

        return data;
    }

    [RequiresAwsTestSuitesTheory]
    [MemberData(nameof(Cases))]
    public void Sign_SuiteCase_MatchesExpectedAuthorizationOrIsListedInapplicable(string caseName)
    {
        var directory = Path.Combine(AwsModelLocator.TestSuitesDirectory!, "sigv4-testsuite", caseName);
        var suiteCase = SigV4SuiteCase.Load(directory);
        var (request, body) = suiteCase.ToHttpRequest();
        var credentials = new ImmutableCredentials(AccessKey, SecretKey, SessionToken(directory));

        var signature = AwsRequestSigner.Sign(request, body, credentials, "us-east-1", "service", SuiteTime);

        if (SigV4Inapplicable.Reasons.TryGetValue(caseName.Replace('\\', '/'), out var reason))
        {
            Assert.False(suiteCase.ExpectedAuthorization == signature.AuthorizationHeader,
                $"{caseName} is listed as inapplicable ({reason}) but now matches; remove it from the list.");
            return;
        }

        Assert.Equal(suiteCase.ExpectedCanonicalRequest, signature.CanonicalRequest);
        Assert.Equal(suiteCase.ExpectedAuthorization, signature.AuthorizationHeader);
        Assert.Equal("20150830T123600Z", request.Headers.GetValues("X-Amz-Date").Single());
    }

    /// <summary>Cases with temporary credentials show the token in the signed request (.sreq), whether signed or not.</summary>
    private static string? SessionToken(string directory)
    {
        var line = File.ReadLines(Path.Combine(directory, Path.GetFileName(directory) + ".sreq"))
            .FirstOrDefault(l => l.StartsWith("X-Amz-Security-Token:", StringComparison.OrdinalIgnoreCase));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }

    private static IEnumerable<string> CaseDirectories(string directory)
    {
        foreach (var child in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(child, Path.GetFileName(child) + ".req")))
            {
                yield return child;
            }

            foreach (var nested in CaseDirectories(child))
            {
                yield return nested;
            }
        }
    }
}
