using EcsConsole.Aws.Signing;

namespace EcsConsole.Aws.Http;

/// <summary>
/// Signs each request just before it leaves, with the clock's current time, so every retried attempt carries a fresh
/// X-Amz-Date. Requests without an <see cref="AwsSigningContext"/> pass through unsigned.
/// </summary>
public sealed class AwsSigningHandler : DelegatingHandler
{
    private readonly TimeProvider _timeProvider;

    public AwsSigningHandler(TimeProvider timeProvider, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(AwsSigningContext.Key, out var context))
        {
            var body = request.Content is null
                ? []
                : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            AwsRequestSigner.Sign(request, body, context.Credentials, context.SigningRegion, context.SigningName, _timeProvider.GetUtcNow() + context.ClockOffset);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
