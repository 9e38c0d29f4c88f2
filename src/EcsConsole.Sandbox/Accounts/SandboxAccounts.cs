using System.Text.RegularExpressions;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Persistence;
using EcsConsole.Sandbox.Seed;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// The accounts one sandbox serves: the default account (<see cref="SandboxOptions.AccountId"/>), which every request
/// signed with a key the sandbox did not issue acts in, and the further accounts of <see cref="SandboxOptions.Accounts"/>,
/// reached with the temporary credentials STS AssumeRole issues for a role in them (<see cref="Sessions"/>).
/// </summary>
public sealed partial class SandboxAccounts : IDisposable
{
    private readonly Dictionary<string, SandboxAccount> _byId;

    public SandboxAccounts(SandboxAccount defaultAccount, IEnumerable<SandboxAccount> others, TimeProvider realClock)
    {
        Default = defaultAccount;
        All = [defaultAccount, .. others];
        _byId = All.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        Sessions = new StsSessions(realClock);
    }

    public SandboxAccount Default { get; }

    /// <summary>The default account first, then the others in configuration order.</summary>
    public IReadOnlyList<SandboxAccount> All { get; }

    public StsSessions Sessions { get; }

    public SandboxAccount? Find(string accountId) => _byId.GetValueOrDefault(accountId);

    /// <summary>The engine of <paramref name="accountId"/> in <paramref name="region"/>, or null when the sandbox does not serve that account or region.</summary>
    public SandboxEngine? EngineOf(string accountId, string region) => Find(accountId)?.In(region)?.Engine;

    /// <summary>The account a request signed with <paramref name="accessKeyId"/> acts in: a session's role account, else the default.</summary>
    public SandboxAccount ForAccessKey(string accessKeyId) =>
        Sessions.Find(accessKeyId) is { } session && Find(session.AccountId) is { } account ? account : Default;

    /// <summary>
    /// Builds the default account's engines from <paramref name="options"/> (its home region's and one per further region)
    /// and the same for every enabled further account, seeded with its fleet and its access role. Throws with what to fix
    /// when an account or a region is configured wrongly.
    /// </summary>
    public static SandboxAccounts Create(SandboxOptions options, TimeProvider timeProvider, TimeProvider realClock) =>
        Create(options, timeProvider, realClock, null);

    /// <summary>As <see cref="Create(SandboxOptions, TimeProvider, TimeProvider)"/>, each account and region starting from what <paramref name="restored"/> kept for it.</summary>
    /// <param name="restored">
    /// What an earlier run kept (see <see cref="Persistence.SandboxPersistence"/>): an engine whose account and region it holds
    /// a state for starts from it instead of its seed, and an account whose IAM it holds gets it back as it was (with the
    /// access role, which is then not created again).
    /// </param>
    internal static SandboxAccounts Create(SandboxOptions options, TimeProvider timeProvider, TimeProvider realClock, SandboxRestore? restored)
    {
        foreach (var (name, region) in EnabledRegions(options))
        {
            ValidateRegion(options, name, region);
        }

        var created = new List<SandboxAccount>();
        try
        {
            var defaultFleet = options.Seed ? SandboxFleet.Demo : SandboxFleet.None;
            created.Add(Open(options, options, defaultFleet, RegionFleet, timeProvider, restored));
            foreach (var (id, account) in Enabled(options))
            {
                Validate(options, id, account);
                var accountOptions = OptionsFor(options, id, account);
                var opened = Open(options, accountOptions,
                    account.Fleet == SandboxAccountOptions.PlatformFleet ? SandboxFleet.Platform : SandboxFleet.None, _ => SandboxFleet.None, timeProvider, restored);
                created.Add(opened);
                if (restored?.Iam.ContainsKey(id) ?? false)
                {
                    continue;
                }

                opened.Iam.CreateRole(account.RoleName, "/", TrustPolicy.Trusting(account.TrustedAccountId ?? options.AccountId, account.ExternalId),
                    $"Lets the ECS console in account {account.TrustedAccountId ?? options.AccountId} manage ECS in this account", 43200,
                    new Dictionary<string, string> { ["purpose"] = "ecs-console" });
                opened.Iam.AttachRolePolicy(account.RoleName, "arn:aws:iam::aws:policy/AmazonECS_FullAccess");
            }
        }
        catch
        {
            created.ForEach(a => a.Dispose());
            throw;
        }

        return new SandboxAccounts(created[0], created.Skip(1), realClock);

        // The default account runs the configured fleet in a further region, unless the demo fleet is off altogether.
        SandboxFleet RegionFleet(SandboxRegionOptions region) =>
            options.Seed && region.Fleet == SandboxRegionOptions.EdgeFleet ? SandboxFleet.Edge : SandboxFleet.None;
    }

    /// <summary>The ids of every account the sandbox serves with <paramref name="options"/>: the default one first, then the enabled further ones.</summary>
    public static IEnumerable<string> AccountIds(SandboxOptions options) =>
        new[] { options.AccountId }.Concat(Enabled(options).Select(a => a.Key)).Distinct(StringComparer.Ordinal);

    /// <summary>The regions every account is served in: the home region (<see cref="SandboxOptions.Region"/>) first, then the enabled further ones.</summary>
    public static IEnumerable<string> RegionNames(SandboxOptions options) =>
        new[] { options.Region }.Concat(EnabledRegions(options).Select(r => r.Key)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, SandboxAccountOptions>> Enabled(SandboxOptions options) =>
        (options.Accounts ?? []).Where(a => a.Value?.Enabled ?? false).OrderBy(a => a.Key, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, SandboxRegionOptions>> EnabledRegions(SandboxOptions options) =>
        (options.Regions ?? []).Where(r => (r.Value?.Enabled ?? false) && r.Key != options.Region).OrderBy(r => r.Key, StringComparer.Ordinal);

    // One account: its home engine from accountOptions, one engine per further region, and its IAM put back when it was kept.
    private static SandboxAccount Open(SandboxOptions options, SandboxOptions accountOptions, SandboxFleet homeFleet,
        Func<SandboxRegionOptions, SandboxFleet> regionFleet, TimeProvider timeProvider, SandboxRestore? restored)
    {
        var engines = new List<SandboxEngine>();
        try
        {
            var id = accountOptions.AccountId;
            engines.Add(new SandboxEngine(accountOptions, timeProvider, homeFleet, restored: restored?.StateOf(id, accountOptions.Region)));
            foreach (var (name, region) in EnabledRegions(options))
            {
                engines.Add(new SandboxEngine(InRegion(accountOptions, name), timeProvider, regionFleet(region), restored: restored?.StateOf(id, name)));
            }

            var account = new SandboxAccount(engines[0], engines.Skip(1));
            if (restored?.Iam.GetValueOrDefault(id) is { } iam)
            {
                account.Iam.Import(iam);
            }

            return account;
        }
        catch
        {
            engines.ForEach(e => e.Dispose());
            throw;
        }
    }

    public void Start()
    {
        foreach (var region in All.SelectMany(a => a.Regions))
        {
            region.Engine.Start();
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

    private static void ValidateRegion(SandboxOptions options, string name, SandboxRegionOptions region)
    {
        var where = $"Sandbox:Regions:{name}";
        if (!RegionPattern().IsMatch(name))
        {
            throw new ArgumentException($"{where}: a region name looks like us-east-1 or ap-southeast-2.");
        }

        if (region.Fleet is not (SandboxRegionOptions.EdgeFleet or SandboxRegionOptions.NoFleet))
        {
            throw new ArgumentException($"{where}:Fleet is '{region.Fleet}'; use '{SandboxRegionOptions.EdgeFleet}' or '{SandboxRegionOptions.NoFleet}'.");
        }
    }

    // An account's settings in a further region: the region, its own stream of random numbers, no synthetic fleet.
    private static SandboxOptions InRegion(SandboxOptions options, string region)
    {
        var copy = Copy(options, options.AccountId, options.Seed, unchecked(options.RandomSeed + StableHash(region)));
        copy.Region = region;
        return copy;
    }

    // string.GetHashCode differs per process; the simulation must repeat exactly from one run to the next.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash % 1_000_003;
    }

    // The account's own copy of the settings: its id, its seed of random numbers, no synthetic fleet; the rest as the default's.
    private static SandboxOptions OptionsFor(SandboxOptions options, string id, SandboxAccountOptions account) =>
        Copy(options, id, account.Fleet != SandboxAccountOptions.NoFleet,
            unchecked(options.RandomSeed + (int)(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) % 1_000_003)));

    /// <summary>The options of one engine: the server's own, for another account or region, seeded apart, without the accounts and regions it opens.</summary>
    private static SandboxOptions Copy(SandboxOptions options, string accountId, bool seed, int randomSeed) =>
        options with { AccountId = accountId, Seed = seed, RandomSeed = randomSeed, Scale = new SandboxScale(), Accounts = [], Regions = [] };

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}
