using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Sdk;

namespace EcsConsole.Aws.Credentials;

/// <summary>
/// STS AssumeRole through AWSSDK.SecurityToken (which speaks the STS model's Query protocol), signed with the base
/// credentials and sent through our transport and call log like every other call. Every failure becomes an
/// <see cref="AwsServiceException"/> of STS AssumeRole whose message starts "Cannot assume role ARN", with AWS's own
/// error code, so its <see cref="AwsServiceException.Kind"/> tells a page what went wrong (AccessDenied: the role does not
/// trust us or the external id is wrong; ExpiredToken: the base credentials lapsed).
/// </summary>
internal sealed partial class AwsRoleAssumer(AwsCredentialsSource source, HttpMessageHandler transport, IAwsCallObserver observer, TimeProvider timeProvider)
{
    public const string Operation = "AssumeRole";

    /// <summary>The session name CloudTrail shows when the connection names none.</summary>
    public const string DefaultSessionName = "ecsconsole";

    /// <summary>How long each set of role credentials is asked for (the default of a role's maximum session).</summary>
    public const int DurationSeconds = 3600;

    private readonly HttpClientFactory _httpClientFactory =
        new SdkTransportHttpClientFactory(new SdkObservingHandler(AwsServices.Sts.ServiceId, observer, timeProvider, transport));

    /// <summary>A role whose values STS would accept, with the default session name filled in; a clear error otherwise.</summary>
    public static AwsAssumeRoleSettings Validate(AwsAssumeRoleSettings role)
    {
        var arn = role.RoleArn?.Trim() ?? "";
        if (!RoleArnPattern().IsMatch(arn))
        {
            throw Invalid(arn, $"'{arn}' is not an IAM role ARN. Set the connection's role to the form arn:aws:iam::123456789012:role/RoleName.");
        }

        var session = string.IsNullOrWhiteSpace(role.SessionName) ? DefaultSessionName : role.SessionName.Trim();
        if (!SessionNamePattern().IsMatch(session))
        {
            throw Invalid(arn, $"the session name '{session}' must be 2 to 64 letters, digits or the characters +=,.@_-.");
        }

        var externalId = string.IsNullOrEmpty(role.ExternalId) ? null : role.ExternalId;
        if (externalId is not null && !ExternalIdPattern().IsMatch(externalId))
        {
            throw Invalid(arn, "the external id must be 2 to 1224 letters, digits or the characters +=,.@:/_-.");
        }

        return new AwsAssumeRoleSettings(arn, externalId, session);
    }

    /// <summary>Calls AssumeRole as <paramref name="baseSettings"/> (which name no role) at <paramref name="endpoint"/>.</summary>
    public async Task<AssumedRole> AssumeAsync(AwsConnectionSettings baseSettings, AwsAssumeRoleSettings role, AwsEndpoint endpoint, CancellationToken cancellationToken)
    {
        AWSCredentials baseCredentials;
        try
        {
            baseCredentials = await source.ResolveBaseAsync(baseSettings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Failed(role.RoleArn, "CredentialsUnavailable", $"no base credentials to assume it with: {exception.Message}", null, 0, exception);
        }

        var config = SdkClientConfig.For<AmazonSecurityTokenServiceConfig>(endpoint, _httpClientFactory);
        var request = new AssumeRoleRequest
        {
            RoleArn = role.RoleArn,
            RoleSessionName = role.SessionName,
            DurationSeconds = DurationSeconds,
            ExternalId = role.ExternalId,
        };

        using var client = new AmazonSecurityTokenServiceClient(baseCredentials, config);
        using var scope = SdkOperationScope.Begin(Operation);
        AssumeRoleResponse response;
        try
        {
            response = await client.AssumeRoleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception) when (exception.StatusCode != 0 && !string.IsNullOrEmpty(exception.ErrorCode))
        {
            throw Failed(role.RoleArn, exception.ErrorCode, exception.Message, exception.RequestId, exception.StatusCode, exception);
        }
        catch (AmazonServiceException exception) when (exception.StatusCode != 0)
        {
            var body = (exception as AmazonUnmarshallingException)?.ResponseBody ?? "";
            throw new AwsServiceException(AwsServices.Sts.ServiceId, Operation, $"Http{(int)exception.StatusCode}",
                $"Cannot assume role {role.RoleArn}: {NonAwsErrorBody.Describe(exception.StatusCode, System.Text.Encoding.UTF8.GetBytes(body))}",
                exception.RequestId, exception.StatusCode, exception)
            {
                BodyWasAwsError = false,
            };
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException or IOException)
        {
            throw Failed(role.RoleArn, AwsServiceException.NetworkFailureCode, $"could not reach {endpoint.Url}: {exception.Message}", null, 0, exception);
        }

        var issued = response.Credentials;
        if (issued is null || string.IsNullOrEmpty(issued.AccessKeyId) || string.IsNullOrEmpty(issued.SecretAccessKey) || string.IsNullOrEmpty(issued.SessionToken))
        {
            throw Failed(role.RoleArn, "UnreadableResponse", "STS answered without the role's access key, secret and session token.", response.ResponseMetadata?.RequestId, 0, null);
        }

        // STS always states the expiry; should it not, the asked-for duration is the longest the credentials can last.
        var expiration = issued.Expiration is { } at
            ? new DateTimeOffset(at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime())
            : timeProvider.GetUtcNow().AddSeconds(DurationSeconds);
        return new AssumedRole(
            new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken),
            expiration,
            response.AssumedRoleUser?.Arn);
    }

    private static AwsServiceException Invalid(string arn, string problem) =>
        Failed(arn.Length == 0 ? "(none)" : arn, "ValidationError", problem, null, 0, null);

    private static AwsServiceException Failed(string arn, string code, string message, string? requestId, System.Net.HttpStatusCode status, Exception? inner) =>
        new(AwsServices.Sts.ServiceId, Operation, code, $"Cannot assume role {arn}: {message}", requestId, status, inner);

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}

/// <summary>Temporary credentials of an assumed role, when they lapse, and the session's ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION).</summary>
internal sealed record AssumedRole(ImmutableCredentials Credentials, DateTimeOffset Expiration, string? AssumedRoleArn);

/// <summary>
/// One assumed role's credentials, renewed <see cref="AwsCredentialsSource.RefreshBefore"/> before they lapse. Only one
/// caller renews at a time; the rest wait for its answer rather than each asking STS. When a renewal fails while the old
/// credentials are still valid, those are used and a new renewal is tried no sooner than <see cref="RetryAfterFailure"/>.
/// Also an <see cref="AWSCredentials"/>, so SDK clients sign with it and renew through it.
/// </summary>
internal sealed class AssumedRoleCredentials(
    AwsRoleAssumer assumer,
    AwsConnectionSettings baseSettings,
    AwsAssumeRoleSettings role,
    AwsEndpoint endpoint,
    TimeProvider timeProvider) : AWSCredentials
{
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private AssumedRole? _current;
    private long _retryNotBeforeTicks;

    public async Task<ImmutableCredentials> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(Volatile.Read(ref _current), timeProvider.GetUtcNow()) is { } ready)
        {
            return ready;
        }

        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed them while this one waited.
            var held = Volatile.Read(ref _current);
            var now = timeProvider.GetUtcNow();
            if (Usable(held, now) is { } renewed)
            {
                return renewed;
            }

            try
            {
                var fresh = await assumer.AssumeAsync(baseSettings, role, endpoint, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, fresh);
                return fresh.Credentials;
            }
            catch (AwsServiceException) when (held is not null && now < held.Expiration)
            {
                Interlocked.Exchange(ref _retryNotBeforeTicks, (now + RetryAfterFailure).UtcTicks);
                return held.Credentials;
            }
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>Forgets the kept credentials if they are <paramref name="refused"/> (another caller may have renewed them already).</summary>
    public void Forget(ImmutableCredentials refused)
    {
        var held = Volatile.Read(ref _current);
        if (held is not null && held.Credentials.AccessKey == refused.AccessKey)
        {
            Interlocked.CompareExchange(ref _current, null, held);
        }
    }

    public override ImmutableCredentials GetCredentials() => GetAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override Task<ImmutableCredentials> GetCredentialsAsync() => GetAsync(CancellationToken.None);

    // Fresh enough to sign with and not yet due for renewal, or still valid while a failed renewal waits to be tried again.
    private ImmutableCredentials? Usable(AssumedRole? held, DateTimeOffset now) =>
        held is null ? null
        : now < held.Expiration - AwsCredentialsSource.RefreshBefore ? held.Credentials
        : now < held.Expiration && now.UtcTicks < Interlocked.Read(ref _retryNotBeforeTicks) ? held.Credentials
        : null;
}
