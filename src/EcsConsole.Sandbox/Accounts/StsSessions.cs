using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>Temporary credentials STS AssumeRole issued: whose role and account they act as, and until when.</summary>
public sealed record StsSession(
    string AccessKeyId,
    string SecretAccessKey,
    string SessionToken,
    string AccountId,
    string RoleName,
    string RoleId,
    string SessionName,
    DateTimeOffset Expiration)
{
    /// <summary>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, as GetCallerIdentity and AssumedRoleUser name the session.</summary>
    public string AssumedRoleArn => $"arn:aws:sts::{AccountId}:assumed-role/{RoleName}/{SessionName}";

    /// <summary>The role's id and the session name (AROA...:session), the session's UserId.</summary>
    public string AssumedRoleId => $"{RoleId}:{SessionName}";
}

/// <summary>
/// The temporary credentials the sandbox's STS has issued, by access key (ASIA...). Expiry runs on real time, like the
/// signature's clock skew, not on the accelerated simulation clock: the credentials are used by real clients. Expired
/// sessions stay known (so their use answers ExpiredToken) until a day after they lapsed. Thread-safe.
/// </summary>
public sealed class StsSessions(TimeProvider realClock)
{
    private static readonly TimeSpan KeptAfterExpiry = TimeSpan.FromDays(1);
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private readonly ConcurrentDictionary<string, StsSession> _sessions = new(StringComparer.Ordinal);

    public TimeProvider Clock => realClock;

    public StsSession Issue(string accountId, string roleName, string roleId, string sessionName, TimeSpan duration)
    {
        var now = realClock.GetUtcNow();
        foreach (var (key, old) in _sessions)
        {
            if (old.Expiration + KeptAfterExpiry < now)
            {
                _sessions.TryRemove(key, out _);
            }
        }

        var session = new StsSession(
            "ASIA" + Random(16, Base32),
            Random(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
            "IQoJb3JpZ2luX2VjE" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)),
            accountId,
            roleName,
            roleId,
            sessionName,
            // STS states expiry in whole seconds.
            new DateTimeOffset((now + duration).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));
        _sessions[session.AccessKeyId] = session;
        return session;
    }

    public StsSession? Find(string accessKeyId) => _sessions.GetValueOrDefault(accessKeyId);

    private static string Random(int length, string alphabet) =>
        string.Create(length, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
}
