using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcsConsole.Sandbox.Accounts;

namespace EcsConsole.Sandbox.Protocol.Sts;

/// <summary>
/// STS over the Query protocol: who a caller is (GetCallerIdentity) and AssumeRole into a role of any of the sandbox's
/// accounts whose trust policy lets the caller in. One STS serves every account, as AWS's does.
/// </summary>
public sealed partial class StsQueryApi : QueryApi
{
    private const int DefaultDurationSeconds = 3600;
    private readonly SandboxAccounts _accounts;

    public StsQueryApi(SandboxAccounts accounts)
    {
        _accounts = accounts;
        Register("GetCallerIdentity", (_, caller) =>
        {
            var identity = Identify(caller);
            return
            [
                new XElement(Namespace + "Arn", identity.Arn),
                new XElement(Namespace + "UserId", identity.UserId),
                new XElement(Namespace + "Account", identity.AccountId),
            ];
        });
        Register("AssumeRole", AssumeRole);
    }

    public override string SigningName => "sts";

    public override string ApiVersion => "2011-06-15";

    public override XNamespace Namespace => "https://sts.amazonaws.com/doc/2011-06-15/";

    private IEnumerable<XElement> AssumeRole(IReadOnlyDictionary<string, string> parameters, SigV4Identity caller)
    {
        var roleArn = Required(parameters, "RoleArn", "roleArn");
        var sessionName = Required(parameters, "RoleSessionName", "roleSessionName");
        Check(roleArn.Length is >= 20 and <= 2048, roleArn, "roleArn", "Member must have length greater than or equal to 20");
        Check(SessionNamePattern().IsMatch(sessionName), sessionName, "roleSessionName", @"Member must satisfy regular expression pattern: [\w+=,.@-]{2,64}");
        var externalId = parameters.GetValueOrDefault("ExternalId");
        if (externalId is not null)
        {
            Check(ExternalIdPattern().IsMatch(externalId), externalId, "externalId", @"Member must satisfy regular expression pattern: [\w+=,.@:\/-]{2,1224}");
        }

        var duration = DefaultDurationSeconds;
        if (parameters.TryGetValue("DurationSeconds", out var durationText))
        {
            Check(int.TryParse(durationText, NumberStyles.None, CultureInfo.InvariantCulture, out duration) && duration is >= 900 and <= 43200,
                durationText, "durationSeconds", "Member must have value between 900 and 43200");
        }

        var identity = Identify(caller);
        var target = RoleArnPattern().Match(roleArn);
        if (!target.Success)
        {
            throw new SandboxApiException("ValidationError", $"{roleArn} is invalid");
        }

        // A role that does not exist is refused like one that does not trust the caller: AWS tells a stranger neither.
        var account = _accounts.Find(target.Groups["account"].Value);
        var role = account is null ? null : FindRole(account, target.Groups["name"].Value);
        if (role is null || role.Arn != roleArn
            || !TrustPolicy.Allows(role.AssumeRolePolicyDocument, identity.AccountId, identity.Principals, externalId))
        {
            throw new SandboxApiException("AccessDenied", $"User: {identity.Arn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", 403);
        }

        if (duration > role.MaxSessionDuration)
        {
            throw new SandboxApiException("ValidationError",
                $"The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }

        var session = _accounts.Sessions.Issue(account!.AccountId, role.Name, role.Id, sessionName, TimeSpan.FromSeconds(duration));
        return
        [
            new XElement(Namespace + "Credentials",
                new XElement(Namespace + "AccessKeyId", session.AccessKeyId),
                new XElement(Namespace + "SecretAccessKey", session.SecretAccessKey),
                new XElement(Namespace + "SessionToken", session.SessionToken),
                new XElement(Namespace + "Expiration", session.Expiration.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))),
            new XElement(Namespace + "AssumedRoleUser",
                new XElement(Namespace + "AssumedRoleId", session.AssumedRoleId),
                new XElement(Namespace + "Arn", session.AssumedRoleArn)),
        ];
    }

    /// <summary>Who signed: a session the sandbox issued acts as its assumed role; any other key as the default account's user "sandbox".</summary>
    private Caller Identify(SigV4Identity caller)
    {
        if (_accounts.Sessions.Find(caller.AccessKeyId) is { } session)
        {
            var roleArn = $"arn:aws:iam::{session.AccountId}:role/{session.RoleName}";
            return new Caller(session.AccountId, session.AssumedRoleArn, session.AssumedRoleId, [session.AssumedRoleArn, roleArn]);
        }

        var arns = _accounts.Default.Engine.Arns;
        var user = arns.User("sandbox");
        return new Caller(arns.AccountId, user, UserId(caller.AccessKeyId), [user]);
    }

    private static Engine.Iam.IamRoleView? FindRole(SandboxAccount account, string name)
    {
        try
        {
            return account.Iam.GetRole(name);
        }
        catch (SandboxApiException error) when (error.Code == "NoSuchEntity")
        {
            return null;
        }
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name, string member) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new SandboxApiException("ValidationError", $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");

    private static void Check(bool valid, string value, string member, string constraint)
    {
        if (!valid)
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}");
        }
    }

    /// <summary>An IAM-user-style unique id (AIDA...) that stays the same for one access key.</summary>
    private static string UserId(string accessKeyId) =>
        "AIDA" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessKeyId)))[..17];

    private sealed record Caller(string AccountId, string Arn, string UserId, IReadOnlyCollection<string> Principals);

    [GeneratedRegex(@"^arn:aws:iam::(?<account>\d{12}):role/(?:[\w+=,.@-]+/)*(?<name>[\w+=,.@-]{1,64})$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}
