using System.Globalization;
using EcsConsole.Sandbox.Accounts;
using EcsConsole.Sandbox.Auth;

namespace EcsConsole.Sandbox.Http;

/// <summary>
/// AWS-like authentication: unsigned requests are refused; requests signed with the sandbox's own key are verified;
/// requests signed with temporary credentials its STS issued must carry their session token, unexpired, and are verified
/// with the issued secret; a session token with any other key is refused (the sandbox did not issue it, or has forgotten
/// it since a restart), so such a call never lands in the default account by mistake; any other key is accepted
/// unverified (the CLI's dummy credentials). Skew and expiry are measured on real time, never on the accelerated
/// simulation clock.
/// </summary>
public sealed class SandboxAuthenticator(SandboxOptions options, TimeProvider realTime, StsSessions? sessions = null)
{
    public const string ExpiredTokenMessage = "The security token included in the request is expired";

    public const string InvalidTokenMessage = "The security token included in the request is invalid.";

    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public const string MismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public SigV4Credential Authenticate(SigV4Request request)
    {
        var credential = SigV4Credential.Read(request)
            ?? throw new SandboxApiException("MissingAuthenticationTokenException", "Missing Authentication Token");
        var token = request.Header("X-Amz-Security-Token")
            ?? request.QueryParameters().FirstOrDefault(p => p.Key == "X-Amz-Security-Token").Value;
        if (sessions?.Find(credential.AccessKeyId) is { } session)
        {
            if (token != session.SessionToken)
            {
                throw new SandboxApiException("UnrecognizedClientException", InvalidTokenMessage);
            }

            if (realTime.GetUtcNow() >= session.Expiration)
            {
                throw new SandboxApiException("ExpiredTokenException", ExpiredTokenMessage);
            }

            return Verified(request, credential, session.SecretAccessKey);
        }

        if (token is not null)
        {
            throw new SandboxApiException("UnrecognizedClientException", InvalidTokenMessage);
        }

        return credential.AccessKeyId == options.AccessKeyId ? Verified(request, credential, options.SecretAccessKey) : credential;
    }

    private SigV4Credential Verified(SigV4Request request, SigV4Credential credential, string secretAccessKey)
    {
        CheckSkew(credential);
        return SigV4Verifier.IsValid(request, credential, secretAccessKey)
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
