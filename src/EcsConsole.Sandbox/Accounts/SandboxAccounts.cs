using System.Text.RegularExpressions;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Seed;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// The accounts one sandbox serves: the default account (<see cref="SandboxOptions.AccountId"/>), which every request
/// signed with a key the sandbox did not issue acts in, and the further accounts of <see cref="SandboxOptions.Accounts"/>,
/// reached with the temporary credentials STS AssumeRole issues for a role in them (<see cref="Sessions"/>).
/// </summary>
public sealed partial class SandboxAccounts : IDisposable
{
    private readonly Dictionary<string, SandboxAccount> byId;

    public SandboxAccounts(SandboxAccount defaultAccount, IEnumerable<SandboxAccount> others, TimeProvider realClock)
    {
        Default = defaultAccount;
        All = [defaultAccount, .. others];
        byId = All.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        Sessions = new StsSessions(realClock);
    }

    public SandboxAccount Default { get; }

    /// <summary>The default account first, then the others in configuration order.</summary>
    public IReadOnlyList<SandboxAccount> All { get; }

    public StsSessions Sessions { get; }

    public SandboxAccount? Find(string accountId) => byId.GetValueOrDefault(accountId);

    /// <summary>The account a request signed with <paramref name="accessKeyId"/> acts in: a session's role account, else the default.</summary>
    public SandboxAccount ForAccessKey(string accessKeyId) =>
        Sessions.Find(accessKeyId) is { } session && Find(session.AccountId) is { } account ? account : Default;

    /// <summary>
    /// Builds the default account's engine from <paramref name="options"/> and one engine per enabled further account,
    /// seeded with its fleet and its access role. Throws with what to fix when an account is configured wrongly.
    /// </summary>
    public static SandboxAccounts Create(SandboxOptions options, TimeProvider timeProvider, TimeProvider realClock) =>
        Create(options, timeProvider, realClock, null);

    /// <summary>As <see cref="Create(SandboxOptions, TimeProvider, TimeProvider)"/>, each account starting from the state <paramref name="restored"/> holds for it.</summary>
    /// <param name="restored">
    /// The state each account kept from an earlier run, by account id (see <see cref="Persistence.SandboxPersistence"/>): its
    /// engine starts from it instead of its seed, and its IAM (with the access role) is put back as it was.
    /// </param>
    internal static SandboxAccounts Create(SandboxOptions options, TimeProvider timeProvider, TimeProvider realClock,
        IReadOnlyDictionary<string, (SandboxState State, EcsConsole.Sandbox.Engine.Iam.IamAccountContent Iam)>? restored)
    {
        (SandboxState State, EcsConsole.Sandbox.Engine.Iam.IamAccountContent Iam)? Kept(string id) =>
            restored is not null && restored.TryGetValue(id, out var kept) ? kept : null;

        var others = new List<SandboxAccount>();
        var defaultKept = Kept(options.AccountId);
        var defaultAccount = Open(new SandboxEngine(options, timeProvider, restored: defaultKept?.State), defaultKept);
        try
        {
            foreach (var (id, account) in Enabled(options))
            {
                Validate(options, id, account);
                var kept = Kept(id);
                var created = Open(new SandboxEngine(OptionsFor(options, id, account), timeProvider,
                    account.Fleet == SandboxAccountOptions.PlatformFleet ? SandboxFleet.Platform : SandboxFleet.None, restored: kept?.State), kept);
                others.Add(created);
                if (kept is not null)
                {
                    continue;
                }

                created.Iam.CreateRole(account.RoleName, "/", TrustPolicy.Trusting(account.TrustedAccountId ?? options.AccountId, account.ExternalId),
                    $"Lets the ECS console in account {account.TrustedAccountId ?? options.AccountId} manage ECS in this account", 43200,
                    new Dictionary<string, string> { ["purpose"] = "ecs-console" });
                created.Iam.AttachRolePolicy(account.RoleName, "arn:aws:iam::aws:policy/AmazonECS_FullAccess");
            }
        }
        catch
        {
            defaultAccount.Dispose();
            others.ForEach(a => a.Dispose());
            throw;
        }

        return new SandboxAccounts(defaultAccount, others, realClock);
    }

    /// <summary>The ids of every account the sandbox serves with <paramref name="options"/>: the default one first, then the enabled further ones.</summary>
    public static IEnumerable<string> AccountIds(SandboxOptions options) =>
        new[] { options.AccountId }.Concat(Enabled(options).Select(a => a.Key)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, SandboxAccountOptions>> Enabled(SandboxOptions options) =>
        (options.Accounts ?? []).Where(a => a.Value?.Enabled ?? false).OrderBy(a => a.Key, StringComparer.Ordinal);

    private static SandboxAccount Open(SandboxEngine engine, (SandboxState State, EcsConsole.Sandbox.Engine.Iam.IamAccountContent Iam)? kept)
    {
        var account = new SandboxAccount(engine);
        if (kept is { } state)
        {
            account.Iam.Import(state.Iam);
        }

        return account;
    }

    public void Start()
    {
        foreach (var account in All)
        {
            account.Engine.Start();
        }
    }

    public void Dispose()
    {
        foreach (var account in All)
        {
            account.Dispose();
        }
    }

    private static void Validate(SandboxOptions options, string id, SandboxAccountOptions account)
    {
        var where = $"Sandbox:Accounts:{id}";
        if (!AccountIdPattern().IsMatch(id))
        {
            throw new ArgumentException($"{where}: an account id is 12 digits, like 222222222222.");
        }

        if (id == options.AccountId)
        {
            throw new ArgumentException($"{where}: {id} is the sandbox's default account (Sandbox:AccountId); name another account.");
        }

        if (account.Fleet is not (SandboxAccountOptions.PlatformFleet or SandboxAccountOptions.NoFleet))
        {
            throw new ArgumentException($"{where}:Fleet is '{account.Fleet}'; use '{SandboxAccountOptions.PlatformFleet}' or '{SandboxAccountOptions.NoFleet}'.");
        }

        if (string.IsNullOrWhiteSpace(account.RoleName))
        {
            throw new ArgumentException($"{where}:RoleName is empty; name the role the default account assumes (EcsConsoleAccess by default).");
        }

        if (account.TrustedAccountId is { } trusted && !AccountIdPattern().IsMatch(trusted))
        {
            throw new ArgumentException($"{where}:TrustedAccountId '{trusted}' is not a 12-digit account id.");
        }

        if (account.ExternalId is { Length: > 0 } externalId && !ExternalIdPattern().IsMatch(externalId))
        {
            throw new ArgumentException($"{where}:ExternalId must be 2 to 1224 letters, digits or the characters +=,.@:/_-.");
        }
    }

    // The account's own copy of the settings: its id, its seed of random numbers, no synthetic fleet; the rest as the default's.
    private static SandboxOptions OptionsFor(SandboxOptions options, string id, SandboxAccountOptions account) => new()
    {
        Url = options.Url,
        Region = options.Region,
        AccountId = id,
        AccessKeyId = options.AccessKeyId,
        SecretAccessKey = options.SecretAccessKey,
        TimeAcceleration = options.TimeAcceleration,
        Seed = account.Fleet != SandboxAccountOptions.NoFleet,
        RandomSeed = unchecked(options.RandomSeed + (int)(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) % 1_000_003)),
        RandomFailuresPerTaskHour = options.RandomFailuresPerTaskHour,
        PipelinePushIntervalHours = options.PipelinePushIntervalHours,
        Faults = options.Faults,
        Quirks = options.Quirks,
        Scale = new SandboxScale(),
        Accounts = [],
    };

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}
