using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EcsConsole.Web.Security;

/// <summary>
/// Limits sign-in posts per client address (ASP.NET Core's rate limiter, policy <see cref="PerClientPolicy"/>) and per
/// typed user name (<see cref="AcquireForUserName"/>, checked once the form is read). Both answer 429 with
/// <c>Retry-After</c>. Singleton.
/// </summary>
public sealed class SignInRateLimits : IDisposable
{
    public const string PerClientPolicy = "EcsConsole.SignIn.PerClient";

    private readonly PartitionedRateLimiter<string> _perUserName;

    public SignInRateLimits(SignInRateLimitOptions options)
    {
        Options = options;
        _perUserName = PartitionedRateLimiter.Create<string, string>(name =>
            RateLimitPartition.GetFixedWindowLimiter(name, _ => Window(options, options.PerUserName)));
    }

    public SignInRateLimitOptions Options { get; }

    /// <summary>Takes one attempt for <paramref name="userName"/> (compared case-insensitively); dispose the lease after the attempt.</summary>
    public RateLimitLease AcquireForUserName(string userName) => _perUserName.AttemptAcquire(userName.ToUpperInvariant());

    /// <summary>Registers the per-client policy and the 429 answer.</summary>
    public static void Configure(RateLimiterOptions limiter, SignInRateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) => new ValueTask(TooManyAttempts(context.HttpContext, context.Lease).ExecuteAsync(context.HttpContext));
        limiter.AddPolicy(PerClientPolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(options, options.PerClient)));
    }

    /// <summary>429 with <c>Retry-After</c> in whole seconds and a sentence for the person at the form.</summary>
    public static IResult TooManyAttempts(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Text(
            $"Too many sign-in attempts. Wait {seconds} seconds, then go back to the sign-in page and try again.",
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public void Dispose() => _perUserName.Dispose();

    private static FixedWindowRateLimiterOptions Window(SignInRateLimitOptions options, int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = options.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
