using System.Collections.Concurrent;
using System.Globalization;

namespace EcsConsole.Aws.Http;

/// <summary>
/// How far this machine's clock is from AWS's, per endpoint host, learnt from the <c>Date</c> header of an answer that
/// refused a request as signed too far from AWS's time (RequestTimeTooSkewed, RequestExpired, RequestInTheFuture, or
/// InvalidSignatureException / SignatureDoesNotMatch saying "Signature expired"); the signer adds it to the clock, as the
/// SDKs' clock-skew correction does. Thread-safe.
/// </summary>
public sealed class AwsClockSkew
{
    private static readonly HashSet<string> SkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture",
    };

    private static readonly HashSet<string> SignatureCodes = new(StringComparer.Ordinal)
    {
        "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure",
    };

    private readonly ConcurrentDictionary<string, TimeSpan> _offsets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What to add to the local clock when signing for <paramref name="endpoint"/>; zero until a skew was seen.</summary>
    public TimeSpan OffsetFor(Uri endpoint) => _offsets.TryGetValue(endpoint.Authority, out var offset) ? offset : TimeSpan.Zero;

    /// <summary>True when <paramref name="error"/> says the request's time was too far from AWS's.</summary>
    public static bool IsSkewError(AwsServiceException error) =>
        SkewCodes.Contains(error.ErrorCode)
        || (SignatureCodes.Contains(error.ErrorCode) && error.AwsMessage?.Contains("expired", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Learns the skew from the answer's Date header, measured against <paramref name="localNow"/> (when the answer arrived);
    /// false when the answer carries no readable date, or it agrees with the offset already in use (nothing to correct).
    /// </summary>
    public bool Learn(Uri endpoint, AwsWireResponse response, DateTimeOffset localNow, TimeSpan offsetUsed)
    {
        if (response.Header("Date") is not { } text
            || !DateTimeOffset.TryParseExact(text.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var serverNow))
        {
            return false;
        }

        var offset = serverNow - localNow;

        // The header has whole seconds; an offset within a few seconds of the one used cannot be what AWS refused.
        if ((offset - offsetUsed).Duration() < TimeSpan.FromSeconds(5))
        {
            return false;
        }

        _offsets[endpoint.Authority] = offset;
        return true;
    }
}
