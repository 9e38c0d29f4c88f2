using System.Globalization;
using EcsConsole.Sandbox.Auth;

namespace EcsConsole.Sandbox.Http;

/// <summary>
/// AWS-like authentication: unsigned requests are refused; requests signed with the sandbox's own key are verified;
/// any other key is accepted unverified (the CLI's dummy credentials). Skew is measured on real time, never on the
/// accelerated simulation clock.
/// </summary>
public sealed class SandboxAuthenticator(SandboxOptions options, TimeProvider realTime)
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public const string MismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public SigV4Credential Authenticate(SigV4Request request)
    {
        var credential = SigV4Credential.Read(request)
            ?? throw new SandboxApiException("MissingAuthenticationTokenException", "Missing Authentication Token");
        if (credential.AccessKeyId != options.AccessKeyId)
        {
            return credential;
        }

        CheckSkew(credential);
        return SigV4Verifier.IsValid(request, credential, options.SecretAccessKey)
            ? credential
            : throw new SandboxApiException("InvalidSignatureException", MismatchMessage);
    }

    private void CheckSkew(SigV4Credential credential)
    {
        if (!DateTimeOffset.TryParseExact(credential.AmzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw new SandboxApiException("IncompleteSignatureException", $"Date must be in ISO-8601 'basic format'. Got '{credential.AmzDate}'.");
        }

        var now = realTime.GetUtcNow();
        if (signedAt > now + AllowedSkew)
        {
            throw new SandboxApiException("InvalidSignatureException",
                $"Signature not yet current: {credential.AmzDate} is still later than {(now + AllowedSkew).UtcDateTime:yyyyMMdd'T'HHmmss'Z'} ({now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} + 15 min.)");
        }

        if (signedAt < now - AllowedSkew)
        {
            throw new SandboxApiException("InvalidSignatureException",
                $"Signature expired: {credential.AmzDate} is now earlier than {(now - AllowedSkew).UtcDateTime:yyyyMMdd'T'HHmmss'Z'} ({now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} - 15 min.)");
        }
    }
}
