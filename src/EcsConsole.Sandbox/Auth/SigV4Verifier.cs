using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Auth;

/// <summary>Checks Signature Version 4 signatures with a known secret, the way AWS does.</summary>
public static class SigV4Verifier
{
    /// <summary>The signature the request should carry if signed with <paramref name="secretAccessKey"/>.</summary>
    public static string ExpectedSignature(SigV4Request request, SigV4Credential credential, string secretAccessKey)
    {
        var stringToSign = SigV4Canonicalizer.StringToSign(SigV4Canonicalizer.CanonicalRequest(request, credential), credential);
        var key = SigningKey(secretAccessKey, credential.ScopeDate, credential.Region, credential.Service);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static bool IsValid(SigV4Request request, SigV4Credential credential, string secretAccessKey)
    {
        var expected = Encoding.ASCII.GetBytes(ExpectedSignature(request, credential, secretAccessKey));
        var actual = Encoding.ASCII.GetBytes(credential.Signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("aws4_request"));
    }
}
