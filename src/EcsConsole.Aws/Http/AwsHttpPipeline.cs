using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Aws.Http;

/// <summary>
/// Sends one AWS call: resolves endpoint and credentials from the connection current at the start of the call, then
/// makes up to <see cref="AwsRetryPolicy.MaxAttempts"/> attempts, resending a write AWS may have carried out only when it
/// carries an idempotency token (<see cref="AwsResendRule"/>). Each attempt is a fresh request that the
/// <see cref="AwsSigningHandler"/> signs anew, so retries sit outside signing. Every attempt is reported to the observer;
/// a call that finally fails is logged once at Warning. Singleton; thread-safe.
/// </summary>
public sealed class AwsHttpPipeline
{
    private static readonly string UserAgent =
        $"EcsConsole/{typeof(AwsHttpPipeline).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} dotnet/{Environment.Version}";

    private readonly AwsConnection _connection;
    private readonly AwsCredentialsSource _credentials;
    private readonly AwsEndpointResolver _endpoints;
    private readonly HttpMessageInvoker _invoker;
    private readonly TimeProvider _timeProvider;
    private readonly AwsRetryPolicy _retryPolicy;
    private readonly IAwsCallObserver _observer;
    private readonly AwsRateBudget? _budget;
    private readonly ConcurrentDictionary<(string Account, string Region, string Service), AwsRetryQuota> _retryQuotas = new();
    private readonly ILogger _logger;

    /// <param name="transport">The handler that really sends (tests pass a fake); it receives signed requests.</param>
    /// <param name="logger">Where calls that finally fail are logged; none when null.</param>
    /// <param name="budget">The rate budget every attempt takes a token from first; no client-side limit when null.</param>
    public AwsHttpPipeline(
        AwsConnection connection,
        AwsCredentialsSource credentials,
        AwsEndpointResolver endpoints,
        HttpMessageHandler transport,
        TimeProvider timeProvider,
        AwsRetryPolicy retryPolicy,
        IAwsCallObserver observer,
        ILogger<AwsHttpPipeline>? logger = null,
        AwsRateBudget? budget = null)
    {
        _budget = budget;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _connection = connection;
        _credentials = credentials;
        _endpoints = endpoints;
        _timeProvider = timeProvider;
        _retryPolicy = retryPolicy;
        _observer = observer;
        _invoker = new HttpMessageInvoker(new AwsSigningHandler(timeProvider, transport), disposeHandler: false);
    }

    /// <summary>The production transport: no redirects (a redirected signed POST would be wrong), pooled connections.</summary>
    public static HttpMessageHandler CreateDefaultTransport() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
    };

    public async Task<AwsWireResponse> SendAsync(
        AwsServiceDescriptor service,
        string operation,
        AwsWireRequest request,
        AwsErrorParser parseError,
        CancellationToken cancellationToken)
    {
        var settings = _connection.Current;
        var endpoint = _endpoints.Resolve(service, settings);
        using var activity = AwsTelemetry.ActivitySource.StartActivity($"{service.ServiceId} {operation}", ActivityKind.Client);
        activity?.SetTag("aws.service", service.ServiceId);
        activity?.SetTag("aws.operation", operation);
        activity?.SetTag("aws.region", settings.Region);
        var throttles = 0;
        var roleRenewed = false;
        var skewCorrected = false;
        var retryCostPaid = 0;
        var quota = RetryQuotaFor(settings, service);
        for (var attempt = 1; ; attempt++)
        {
            Amazon.Runtime.ImmutableCredentials identity;
            try
            {
                identity = await GetCredentialsAsync(service, operation, settings, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException failure)
            {
                throw Failed(failure, attempt - 1);
            }

            // Each attempt is a request AWS counts against the account's bucket, so each waits for a token of our share.
            var budgetWait = _budget is null
                ? TimeSpan.Zero
                : await _budget.AcquireAsync(settings, service, operation, cancellationToken).ConfigureAwait(false);
            var clockOffset = ClockSkew.OffsetFor(endpoint.Url);
            var signing = new AwsSigningContext(identity, endpoint.SigningRegion, service.SigningName) { ClockOffset = clockOffset };
            var startedAt = _timeProvider.GetUtcNow();
            var started = _timeProvider.GetTimestamp();
            AwsWireResponse response;
            try
            {
                response = await SendAttemptAsync(endpoint, request, signing, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsNetworkFailure(exception, cancellationToken))
            {
                Report(activity, new AwsCallRecord(service.ServiceId, operation, attempt, null, AwsServiceException.NetworkFailureCode,
                    _timeProvider.GetElapsedTime(started), null, startedAt)
                { BudgetWait = budgetWait }, ref throttles);
                if (!AwsResendRule.MayResendAfter(exception, operation, request))
                {
                    throw new AwsServiceException(service.ServiceId, operation, AwsServiceException.NetworkFailureCode,
                        $"No answer from {endpoint.Url}: {exception.Message} {operation} may have taken effect; it was not sent again because it "
                        + "takes no idempotency token. Check whether it did before trying again.", null, 0, exception);
                }

                if (attempt >= _retryPolicy.MaxAttempts || !quota.TryAcquireRetry(afterTimeout: exception is OperationCanceledException, out var cost))
                {
                    throw Failed(new AwsServiceException(service.ServiceId, operation, AwsServiceException.NetworkFailureCode,
                        $"Could not reach {endpoint.Url} after {attempt} attempts: {exception.Message}", null, 0, exception), attempt);
                }

                retryCostPaid += cost;

                await Task.Delay(_retryPolicy.DelayBeforeRetry(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var error = response.IsSuccess ? null : parseError(service, operation, response);
            Report(activity, new AwsCallRecord(service.ServiceId, operation, attempt, response.StatusCode, error?.ErrorCode,
                _timeProvider.GetElapsedTime(started), error?.RequestId ?? RequestIdOf(response), startedAt)
            { BudgetWait = budgetWait }, ref throttles);
            if (error is null)
            {
                quota.OnSuccess(retryCostPaid);
                return response;
            }

            // Signed too far from AWS's time: the signer takes AWS's clock from the answer's Date header, and the request (refused
            // before anything was done) is sent again once, at no cost to the retry quota.
            if (!skewCorrected && AwsClockSkew.IsSkewError(error)
                && ClockSkew.Learn(endpoint.Url, response, _timeProvider.GetUtcNow(), clockOffset))
            {
                _logger.LogWarning("{Service} refused a request as signed at the wrong time ({ErrorCode}); this machine's clock is {Offset} off AWS's; signing with AWS's time.",
                    service.ServiceId, error.ErrorCode, ClockSkew.OffsetFor(endpoint.Url));
                skewCorrected = true;
                continue;
            }

            // The role's credentials were refused (expired early, or the endpoint forgot the session): they are dropped and
            // the role assumed afresh, once per call; a refused request was not carried out, so sending it again is safe.
            if (error.Kind == AwsErrorKind.Credentials && settings.AssumeRole is not null && !roleRenewed)
            {
                _credentials.Forget(settings, identity);
                roleRenewed = true;
                continue;
            }

            // An endpoint that lacks the operation answers the same way every time; trying again only delays the news.
            if (attempt >= _retryPolicy.MaxAttempts || !AwsRetryPolicy.IsRetryable(error.StatusCode, error.ErrorCode)
                || error.Kind == AwsErrorKind.Unsupported || !AwsResendRule.MayResendAfter(error, operation, request)
                || !quota.TryAcquireRetry(afterTimeout: IsTimeout(error), out var retryCost))
            {
                throw Failed(error, attempt);
            }

            retryCostPaid += retryCost;

            await Task.Delay(_retryPolicy.DelayBeforeRetry(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>AWS's clock offsets learnt from clock-skew errors, per endpoint.</summary>
    public AwsClockSkew ClockSkew { get; } = new();

    /// <summary>The retry quota of calls under <paramref name="settings"/> to <paramref name="service"/>: one per account, region and service, as the SDKs keep one per client.</summary>
    public AwsRetryQuota RetryQuotaFor(AwsConnectionSettings settings, AwsServiceDescriptor service) =>
        _retryQuotas.GetOrAdd((AwsBudgetKey.AccountOf(settings), settings.Region, service.ServiceId), _ => new AwsRetryQuota());

    private static bool IsTimeout(AwsServiceException error) =>
        error.ErrorCode is "RequestTimeout" or "RequestTimeoutException" || error.StatusCode == HttpStatusCode.GatewayTimeout;

    // Every attempt reaches the call log, the metrics and the call's activity (which ends with the last attempt's facts).
    private void Report(Activity? activity, AwsCallRecord record, ref int throttles)
    {
        var throttled = record.StatusCode == HttpStatusCode.TooManyRequests
            || (record.ErrorCode is { } code && AwsRetryPolicy.ThrottlingCodes.Contains(code));
        if (throttled)
        {
            throttles++;
        }

        _observer.OnAttempt(record);
        AwsTelemetry.RecordAttempt(record, throttled);
        if (activity is not null)
        {
            activity.SetTag("aws.attempts", record.Attempt);
            activity.SetTag("aws.throttles", throttles);
            activity.SetTag("aws.request_id", record.RequestId);
            activity.SetTag("aws.error_code", record.ErrorCode);
            activity.SetTag("aws.budget_wait_ms", record.BudgetWait.TotalMilliseconds);
            activity.SetStatus(record.ErrorCode is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }
    }

    private AwsServiceException Failed(AwsServiceException error, int attempts)
    {
        _logger.LogWarning(
            "{Service} {Operation} failed after {Attempts} attempt(s): {ErrorCode}, HTTP {StatusCode}, request id {RequestId}, kind {Kind}.",
            error.Service, error.Operation, attempts, error.ErrorCode, (int)error.StatusCode, error.RequestId ?? "none", error.Kind);
        return error;
    }

    private async Task<AwsWireResponse> SendAttemptAsync(
        AwsEndpoint endpoint,
        AwsWireRequest request,
        AwsSigningContext signing,
        CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        message.Content = new ByteArrayContent(request.Body);
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        // Names the console in CloudTrail's userAgent field; not signed, so proxies may rewrite it.
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Options.Set(AwsSigningContext.Key, signing);

        // The attempt timeout runs on the injected clock so tests can expire it without waiting.
        using var timeout = new CancellationTokenSource(_retryPolicy.AttemptTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var response = await _invoker.SendAsync(message, linked.Token).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        return new AwsWireResponse(response.StatusCode, headers, body);
    }

    private async Task<Amazon.Runtime.ImmutableCredentials> GetCredentialsAsync(
        AwsServiceDescriptor service,
        string operation,
        AwsConnectionSettings settings,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _credentials.GetAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not AwsServiceException
            && (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            // An AwsServiceException is STS refusing the connection's role: it already says so, with STS's code.
            throw new AwsServiceException(service.ServiceId, operation, "CredentialsUnavailable",
                $"No AWS credentials for {Describe(settings)}: {exception.Message.Trim().TrimEnd('.')}. Sign in (e.g. 'aws sso login') or pick another profile.",
                null, 0, exception);
        }
    }

    private static string Describe(AwsConnectionSettings settings) =>
        settings.Profile is null ? "the default credential chain" : $"profile '{settings.Profile}'";

    private static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            // Cancelled by the caller: not a failure to retry. Cancelled otherwise: the attempt timed out.
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            HttpRequestException or IOException => true,
            _ => false,
        };

    private static string? RequestIdOf(AwsWireResponse response) =>
        response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
}
