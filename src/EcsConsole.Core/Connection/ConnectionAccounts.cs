using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Connection;

/// <summary>What STS says about a connection: its account, or why it could not be reached.</summary>
public sealed record ConnectionAccount(string? Account, string? Problem)
{
    public bool Reachable => Problem is null;
}

/// <summary>
/// Asks STS GetCallerIdentity once per connection settings (under those settings) which account a connection acts in.
/// Singleton. A failure is kept for <see cref="RetryAfter"/> so a broken connection is not asked on every click.
/// </summary>
public sealed class ConnectionAccounts(AwsConnection aws, ICallerIdentityClient sts, TimeProvider timeProvider)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<AwsConnectionSettings, (DateTimeOffset At, Task<ConnectionAccount> Answer)> _answers = new(ReferenceEqualityComparer.Instance);

    public Task<ConnectionAccount> GetAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var entry = _answers.AddOrUpdate(settings,
            s => (now, AskAsync(s)),
            (s, old) => old.Answer.IsCompletedSuccessfully && !old.Answer.Result.Reachable && now - old.At > RetryAfter ? (now, AskAsync(s)) : old);
        return entry.Answer.WaitAsync(cancellationToken);
    }

    private async Task<ConnectionAccount> AskAsync(AwsConnectionSettings settings)
    {
        try
        {
            using (aws.Use(settings))
            {
                var identity = await sts.GetCallerIdentityAsync(CancellationToken.None);
                return new ConnectionAccount(identity.Account, null);
            }
        }
        catch (Exception ex)
        {
            return new ConnectionAccount(null, AwsProblems.Describe(ex).ToString());
        }
    }
}
