namespace EcsConsole.Aws.Sts;

/// <summary>"Who am I" for the current connection: answers which account and principal the console acts as.</summary>
public interface ICallerIdentityClient
{
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default);
}

/// <summary>Result of STS <c>GetCallerIdentity</c>.</summary>
public sealed record CallerIdentity(string Account, string Arn, string UserId);
