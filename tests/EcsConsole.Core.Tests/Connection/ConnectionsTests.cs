using System.Collections.Immutable;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Rollouts;
using EcsConsole.Core.Tests.Rollouts.Fallback;
using EcsConsole.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Tests.Connection;

/// <summary>
/// Connections (issue 14): a connection and region per session, switching checked and audited in the service layer,
/// roles per connection, monitors shared per connection and region, and records that say where they were made.
/// </summary>
public sealed class ConnectionsTests
{
    private const string PlatformArn = "arn:aws:iam::222222222222:role/EcsConsoleAccess";

    private readonly AwsConnection _aws = new(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:4566",
        new BasicAWSCredentials("sandbox", "sandbox-secret"), AwsConnectionSettings.SandboxMode));

    private static Dictionary<string, ConnectionOptions> Configured() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["platform"] = new ConnectionOptions
        {
            RoleArn = PlatformArn,
            Regions = ["eu-west-1", "us-east-1"],
            Roles = new ConnectionRoleOptions
            {
                Others = "Viewer",
                Users = new(StringComparer.OrdinalIgnoreCase) { ["olga"] = "Operator" },
                Groups = new(StringComparer.OrdinalIgnoreCase) { ["platform-admins"] = "Admin" },
            },
        },
        ["vault"] = new ConnectionOptions { Profile = "vault", Roles = new ConnectionRoleOptions { Others = "None", Users = new(StringComparer.OrdinalIgnoreCase) { ["olga"] = "Viewer" } } },
    };

    private ConnectionCatalog Catalog() => new(_aws, Configured());

    [Fact]
    public void AssumedRoleArns_ConnectionsWithRoles_AreTheirRolesAndTheConsolesOwn()
    {
        var own = new AwsConnection(_aws.Default with { AssumeRole = new AwsAssumeRoleSettings("arn:aws:iam::111111111111:role/Console") });
        var configured = Configured();
        configured["again"] = new ConnectionOptions { RoleArn = PlatformArn };

        Assert.Equal([PlatformArn], Catalog().AssumedRoleArns);
        Assert.Equal(["arn:aws:iam::111111111111:role/Console", PlatformArn], new ConnectionCatalog(own, configured).AssumedRoleArns);
        Assert.Empty(new ConnectionCatalog(_aws, new Dictionary<string, ConnectionOptions>()).AssumedRoleArns);
    }

    [Fact]
    public void Catalog_NoneConfigured_TheConsolesOwnConnectionIsTheOnlyOne()
    {
        var catalog = new ConnectionCatalog(_aws, new Dictionary<string, ConnectionOptions>());

        var only = Assert.Single(catalog.All);
        Assert.Equal((ConnectionCatalog.DefaultName, "eu-west-1"), (only.Name, only.DefaultRegion));
        Assert.Same(_aws.Default.Credentials, catalog.SettingsFor(only, "eu-west-1").Credentials);
    }

    [Fact]
    public void SettingsFor_RoleConnection_AssumesTheRoleWithTheConsolesOwnCredentialsAndEndpoint()
    {
        var catalog = Catalog();
        var platform = catalog.Find("PLATFORM")!;

        var settings = catalog.SettingsFor(platform, "us-east-1");

        Assert.Equal(("platform", "us-east-1", PlatformArn, "EcsConsole"), (settings.ConnectionName, settings.Region, settings.AssumeRole!.RoleArn, settings.AssumeRole.SessionName));
        Assert.Equal(_aws.Default.EndpointUrl, settings.EndpointUrl);
        Assert.Same(_aws.Default.Credentials, settings.Credentials);
        Assert.Same(settings, catalog.SettingsFor(platform, "us-east-1"));
        Assert.Equal(("aws", "222222222222"), (platform.Partition, platform.AccountFromArn));
        var error = Assert.Throws<ArgumentException>(() => catalog.SettingsFor(platform, "ap-south-1"));
        Assert.Contains("eu-west-1, us-east-1", error.Message);
    }

    [Fact]
    public void Catalog_BadConfiguration_SaysWhatToFix()
    {
        var badArn = Assert.Throws<InvalidOperationException>(() => new ConnectionCatalog(_aws, new Dictionary<string, ConnectionOptions> { ["x"] = new() { RoleArn = "EcsConsoleAccess" } }));
        var badRole = Assert.Throws<InvalidOperationException>(() => new ConnectionCatalog(_aws, new Dictionary<string, ConnectionOptions>
        {
            ["y"] = new() { Roles = new() { Users = new() { ["bob"] = "Superuser" } } },
        }));
        var both = Assert.Throws<InvalidOperationException>(() => new ConnectionCatalog(_aws, new Dictionary<string, ConnectionOptions> { ["z"] = new() { RoleArn = PlatformArn, Profile = "p" } }));

        Assert.Contains("Connections:x:RoleArn", badArn.Message);
        Assert.Contains("arn:PARTITION:iam::123456789012:role/Name", badArn.Message);
        Assert.Contains("\"Superuser\" for bob is not a role", badRole.Message);
        Assert.Contains("either Profile or RoleArn", both.Message);
    }

    [Fact]
    public void RoleOn_GrantsByUserAndGroup_OthersCapped_NoneHidesTheConnection()
    {
        var catalog = Catalog();
        var platform = catalog.Find("platform")!;
        var vault = catalog.Find("vault")!;
        var operatorOnDefault = new OperatorIdentity("oscar", ConsoleRole.Operator, IsLocalAccount: true);
        var granted = new OperatorIdentity("olga", ConsoleRole.Viewer, IsLocalAccount: true);
        var inGroup = new OperatorIdentity("gina", ConsoleRole.Viewer, IsLocalAccount: false) { Groups = ["staff", "platform-admins"] };

        Assert.Equal(ConsoleRole.Operator, ConnectionCatalog.RoleOn(operatorOnDefault, catalog.Default));
        Assert.Equal(ConsoleRole.Viewer, ConnectionCatalog.RoleOn(operatorOnDefault, platform));
        Assert.Equal(ConsoleRole.Operator, ConnectionCatalog.RoleOn(granted, platform));
        Assert.Equal(ConsoleRole.Admin, ConnectionCatalog.RoleOn(inGroup, platform));
        Assert.Null(ConnectionCatalog.RoleOn(operatorOnDefault, vault));
        Assert.Equal(ConsoleRole.Viewer, ConnectionCatalog.RoleOn(granted, vault));
    }

    [Fact]
    public async Task OperationGuard_OperatorOnDefaultIsViewerOnPlatform_RolloutThereRefusedAndAudited()
    {
        var catalog = Catalog();
        var audit = new RecordingAuditTrail();
        var oscar = new TestOperator { Identity = new OperatorIdentity("oscar", ConsoleRole.Operator, IsLocalAccount: true) };
        var guard = new OperationGuard(oscar, new NamedProductionClusters(), audit, NullLogger<OperationGuard>.Instance, catalog, _aws);
        var ran = 0;
        Task<int> Action(OperationScope scope, CancellationToken ct) => Task.FromResult(++ran);
        var request = new OperationRequest { Target = "platform/gateway", Cluster = "platform", Service = "gateway" };

        Assert.Equal(1, await guard.RunAsync(MutatingOperation.RolloutStart, request, Action, CancellationToken.None));
        OperationDeniedException denied;
        using (_aws.Use(catalog.SettingsFor(catalog.Find("platform")!, "eu-west-1")))
        {
            denied = await Assert.ThrowsAsync<OperationDeniedException>(() => guard.RunAsync(MutatingOperation.RolloutStart, request, Action, CancellationToken.None));
        }

        Assert.Equal(1, ran);
        Assert.Contains("needs the Operator role on connection platform", denied.Message);
        Assert.Contains("oscar is Viewer on connection platform", denied.Message);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], audit.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task OperationGuard_NoRoleOnConnection_RefusesEvenAViewerAction()
    {
        var catalog = Catalog();
        var audit = new RecordingAuditTrail();
        var oscar = new TestOperator { Identity = new OperatorIdentity("oscar", ConsoleRole.Admin, IsLocalAccount: true) };
        var guard = new OperationGuard(oscar, new NamedProductionClusters(), audit, NullLogger<OperationGuard>.Instance, catalog, _aws);
        using var scope = _aws.Use(catalog.SettingsFor(catalog.Find("vault")!, "eu-west-1"));

        var denied = await Assert.ThrowsAsync<OperationDeniedException>(() => guard.RunAsync(MutatingOperation.ServiceScale,
            new OperationRequest { Target = "c/s" }, (_, _) => Task.FromResult(0), CancellationToken.None));

        Assert.Contains("oscar has no role on connection vault", denied.Message);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(audit.Entries).Outcome);
    }

    [Fact]
    public async Task CurrentConnection_TwoUsersAtOnce_EachActsInTheirOwnConnectionAndTheChoiceIsRemembered()
    {
        await using var store = await StoreAsync();
        var olga = new TestOperator { Identity = new OperatorIdentity("olga", ConsoleRole.Operator, IsLocalAccount: true) };
        var oscar = new TestOperator { Identity = new OperatorIdentity("oscar", ConsoleRole.Operator, IsLocalAccount: true) };
        var olgaSession = Session(store, olga);
        var oscarSession = Session(store, oscar);

        await olgaSession.SwitchAsync("platform", "us-east-1", CancellationToken.None);
        await oscarSession.RestoreAsync(CancellationToken.None);

        Assert.Equal(("platform", "us-east-1"), (olgaSession.Settings.ConnectionName, olgaSession.Settings.Region));
        Assert.Equal((ConnectionCatalog.DefaultName, "eu-west-1"), (oscarSession.Settings.ConnectionName, oscarSession.Settings.Region));
        // Each session's flow reads its own settings from the one shared AwsConnection.
        var olgaAmbient = await olgaSession.PrepareAsync(CancellationToken.None);
        var oscarAmbient = await oscarSession.PrepareAsync(CancellationToken.None);
        var seen = await Task.WhenAll(
            Task.Run(async () => { using (olgaAmbient.Enter()) { await Task.Yield(); return _aws.Current.ConnectionName; } }),
            Task.Run(async () => { using (oscarAmbient.Enter()) { await Task.Yield(); return _aws.Current.ConnectionName; } }));
        Assert.Equal(new string?[] { "platform", ConnectionCatalog.DefaultName }, seen);
        Assert.Null(_aws.Current.ConnectionName);
        Assert.Equal("222222222222", olgaAmbient.Stamp.Account);

        var olgaNextVisit = Session(store, olga);
        await olgaNextVisit.RestoreAsync(CancellationToken.None);
        Assert.Equal(("platform", "us-east-1"), (olgaNextVisit.Connection.Name, olgaNextVisit.Region));
    }

    [Fact]
    public async Task SwitchAsync_NoRoleOnTheConnection_RefusedAndAuditedAsDenied_SuccessAuditedInTheNewConnection()
    {
        await using var store = await StoreAsync();
        var oscar = new TestOperator { Identity = new OperatorIdentity("oscar", ConsoleRole.Operator, IsLocalAccount: true) };
        var session = Session(store, oscar);

        var refused = await Assert.ThrowsAsync<ConnectionSwitchDeniedException>(() => session.SwitchAsync("vault", "eu-west-1", CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<ConnectionSwitchDeniedException>(() => session.SwitchAsync("nope", "eu-west-1", CancellationToken.None));
        await session.SwitchAsync("platform", "eu-west-1", CancellationToken.None);

        Assert.Contains("oscar has no role on connection vault", refused.Message);
        Assert.Contains("the console knows default, platform, vault", unknown.Message);
        Assert.Equal(ConnectionCatalog.DefaultName, Session(store, oscar).Connection.Name);
        await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [("Connection.Switch", AuditOutcome.Denied, (string?)null), ("Connection.Switch", AuditOutcome.Denied, null), ("Connection.Switch", AuditOutcome.Succeeded, "platform")],
            entries.Select(e => (e.Operation, e.Outcome, e.ConnectionName)));
        Assert.Equal(("222222222222", "eu-west-1", "aws"), (entries[2].AccountId, entries[2].Region, entries[2].Partition));
        Assert.Equal(ConsoleRole.Viewer, entries[2].Role);
    }

    [Fact]
    public Task StoredRecords_Sqlite_CarryTheirConnection_ListsShowOnlyTheCurrentConnections() => StoredRecordsAsync("Sqlite");

    [RequiresPostgresFact]
    public Task StoredRecords_PostgreSql_CarryTheirConnection_ListsShowOnlyTheCurrentConnections() => StoredRecordsAsync("PostgreSql");

    private static async Task StoredRecordsAsync(string provider)
    {
        await using var store = await StoreAsync(provider);
        var journal = store.Services.GetRequiredService<IRolloutJournal>();
        var platform = new ConnectionStamp("platform", "aws", "222222222222", "eu-west-1");
        var start = DateTimeOffset.UnixEpoch;
        using (ConnectionStamp.Enter(platform))
        {
            await journal.RecordAsync(Rollout("arn:deploy/platform", start));
        }
        await journal.RecordAsync(Rollout("arn:deploy/default", start));

        var onDefault = await journal.GetAsync("web", "gateway", start);
        IReadOnlyDictionary<string, RolloutRecord> onPlatform;
        using (ConnectionStamp.Enter(platform))
        {
            onPlatform = await journal.GetAsync("web", "gateway", start);
        }
        IReadOnlyDictionary<string, RolloutRecord> otherRegion;
        using (ConnectionStamp.Enter(platform with { Region = "us-east-1" }))
        {
            otherRegion = await journal.GetAsync("web", "gateway", start);
        }

        Assert.Equal(["arn:deploy/default"], onDefault.Keys);
        var stamped = Assert.Single(onPlatform.Values);
        Assert.Equal(("arn:deploy/platform", "platform", "aws", "222222222222", "eu-west-1"),
            (stamped.DeploymentArn, stamped.ConnectionName, stamped.Partition, stamped.AccountId, stamped.Region));
        Assert.Empty(otherRegion);
    }

    [Fact]
    public async Task FleetMonitors_SharedPerConnectionAndRegion_TwoSessionsSeeTheirOwnAccount_StoppedWhenUnwatched()
    {
        var catalog = Catalog();
        var reader = new PerConnectionReader(_aws);
        using var hosted = new FleetMonitor(reader, _aws, Options.Create(new MonitorOptions { PollInterval = TimeSpan.FromMilliseconds(50) }), TimeProvider.System, NullLogger<FleetMonitor>.Instance);
        await hosted.StartAsync(CancellationToken.None);
        await using var monitors = new FleetMonitors(hosted, reader, _aws, Options.Create(new MonitorOptions { PollInterval = TimeSpan.FromMilliseconds(50) }), TimeProvider.System, NullLoggerFactory.Instance);
        var platform = catalog.SettingsFor(catalog.Find("platform")!, "eu-west-1");

        var first = monitors.Acquire(platform);
        var second = monitors.Acquire(platform);
        var own = monitors.Acquire(catalog.SettingsFor(catalog.Default, "eu-west-1"));

        Assert.Same(first.Monitor, second.Monitor);
        Assert.Same(hosted, own.Monitor);
        Assert.Equal(1, monitors.ActiveCount);
        await Eventually.TrueAsync(() => first.Monitor.LastRefreshed is not null && hosted.LastRefreshed is not null, "both monitors polled");
        Assert.Equal(["platform-web"], first.Monitor.SubscribeClusters(CancellationToken.None).InitialState.Select(c => c.Name));
        Assert.Equal(["default-web"], hosted.SubscribeClusters(CancellationToken.None).InitialState.Select(c => c.Name));

        await first.DisposeAsync();
        await first.DisposeAsync();
        Assert.Equal(1, monitors.ActiveCount);
        await second.DisposeAsync();
        Assert.Equal(0, monitors.ActiveCount);
        var readsAfterStop = reader.Reads("platform");
        await Task.Delay(200);
        Assert.Equal(readsAfterStop, reader.Reads("platform"));
        await hosted.StopAsync(CancellationToken.None);
    }

    private ConnectionStoreSession Session(CatalogStore store, ICurrentOperator who) => new(
        Catalog(), new ConnectionAccounts(_aws, new AccountPerConnection(_aws), TimeProvider.System), _aws, who,
        store.Services.GetRequiredService<IAuditTrail>(), store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>());

    [Fact]
    public Task PreConnectionRecords_Sqlite_AssignedToTheDefaultConnectionAndRegion_NotShownInOtherRegions() => PreConnectionRecordsAsync("Sqlite");

    [RequiresPostgresFact]
    public Task PreConnectionRecords_PostgreSql_AssignedToTheDefaultConnectionAndRegion_NotShownInOtherRegions() => PreConnectionRecordsAsync("PostgreSql");

    private static async Task PreConnectionRecordsAsync(string provider)
    {
        await using var store = await StoreAsync(provider);
        var contexts = store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var start = DateTimeOffset.UnixEpoch;
        // As the store held them before connections: no connection, no region on the rollout, a region on the stopped task.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Rollouts.Add(Rollout("arn:deploy/before-connections", start));
            db.AuditEntries.Add(new AuditEntry { Actor = "olga", Operation = "Rollout.Start", Target = "web/gateway", At = start });
            db.StoppedTasks.Add(new EcsConsole.Core.History.StoppedTaskRecord { TaskArn = "arn:task/old", Cluster = "web", Region = "us-east-1", StoppedAt = start, TaskDefinition = "gateway:1", LastStatus = "STOPPED", Containers = "[]" });
            await db.SaveChangesAsync();
        }
        var journal = store.Services.GetRequiredService<IRolloutJournal>();
        var home = new ConnectionStamp(ConnectionCatalog.DefaultName, "aws", "000000000000", "eu-west-1");
        IReadOnlyDictionary<string, RolloutRecord> unassignedInOtherRegion;
        using (ConnectionStamp.Enter(home with { Region = "us-east-1" }))
        {
            unassignedInOtherRegion = await journal.GetAsync("web", "gateway", start);
        }

        int assigned;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            assigned = await ConsoleStoreInitializer.AssignPreConnectionRecordsAsync(db, "eu-west-1", CancellationToken.None);
        }
        IReadOnlyDictionary<string, RolloutRecord> inHomeRegion, inOtherRegion;
        using (ConnectionStamp.Enter(home))
        {
            inHomeRegion = await journal.GetAsync("web", "gateway", start);
        }
        using (ConnectionStamp.Enter(home with { Region = "us-east-1" }))
        {
            inOtherRegion = await journal.GetAsync("web", "gateway", start);
        }

        // Before: a record of no connection and no region showed in every region of the default connection.
        Assert.Equal(["arn:deploy/before-connections"], unassignedInOtherRegion.Keys);
        Assert.Equal(3, assigned);
        Assert.Equal(["arn:deploy/before-connections"], inHomeRegion.Keys);
        Assert.Empty(inOtherRegion);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var rollout = await db.Rollouts.SingleAsync();
            var entry = await db.AuditEntries.SingleAsync();
            var task = await db.StoppedTasks.SingleAsync();
            Assert.Equal((ConnectionCatalog.DefaultName, "eu-west-1"), (rollout.ConnectionName, rollout.Region));
            Assert.Equal((ConnectionCatalog.DefaultName, "eu-west-1"), (entry.ConnectionName, entry.Region));
            // A region the record already named is where it was made: kept.
            Assert.Equal((ConnectionCatalog.DefaultName, "us-east-1"), (task.ConnectionName, task.Region));
            Assert.Equal(0, await ConsoleStoreInitializer.AssignPreConnectionRecordsAsync(db, "eu-west-1", CancellationToken.None));
        }
    }

    private static Task<CatalogStore> StoreAsync(string provider = "Sqlite") => CatalogStore.CreateAsync(provider, services => services.AddRollouts(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));

    private static RolloutRecord Rollout(string arn, DateTimeOffset at) => new()
    {
        DeploymentArn = arn, Cluster = "web", Service = "gateway", Operator = "olga", Note = "ship", Kind = RolloutKind.Revision,
        StartedAt = at, FromTaskDefinition = "gateway:1", ToTaskDefinition = "gateway:2",
    };

    /// <summary>A <see cref="CurrentConnection"/> built by hand, as the host's DI builds one per session.</summary>
    private sealed class ConnectionStoreSession(ConnectionCatalog catalog, ConnectionAccounts accounts, AwsConnection aws, ICurrentOperator who, IAuditTrail audit, IDbContextFactory<ConsoleDbContext> contexts)
    {
        private readonly CurrentConnection _inner = new(catalog, accounts, aws, who, audit, contexts, TimeProvider.System);

        public ConsoleConnection Connection => _inner.Connection;

        public string Region => _inner.Region;

        public AwsConnectionSettings Settings => _inner.Settings;

        public Task RestoreAsync(CancellationToken ct) => _inner.RestoreAsync(ct);

        public Task SwitchAsync(string name, string region, CancellationToken ct) => _inner.SwitchAsync(name, region, ct);

        public Task<AmbientConnection> PrepareAsync(CancellationToken ct) => _inner.PrepareAsync(ct);
    }

    /// <summary>STS as each connection answers it: the sandbox's default account, or the assumed role's.</summary>
    private sealed class AccountPerConnection(AwsConnection aws) : ICallerIdentityClient
    {
        public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
        {
            var account = aws.Current.AssumeRole is null ? "000000000000" : "222222222222";
            return Task.FromResult(new CallerIdentity(account, $"arn:aws:iam::{account}:root", "id"));
        }
    }

    /// <summary>A fleet per connection: one cluster named after the connection the read ran under.</summary>
    private sealed class PerConnectionReader(AwsConnection aws) : IFleetReader
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _reads = new();

        public int Reads(string connection) => _reads.GetValueOrDefault(connection);

        public Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken)
        {
            var name = aws.Current.ConnectionName ?? ConnectionCatalog.DefaultName;
            _reads.AddOrUpdate(name, 1, (_, n) => n + 1);
            var cluster = new ClusterSummary($"{name}-web", $"arn:{name}", "ACTIVE", ClusterKind.Fargate, 0, 0, 0, 0, ValueList<string>.Empty, ValueList<CapacityProviderShare>.Empty);
            return Task.FromResult(new FleetSnapshot([cluster], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty));
        }
    }
}
