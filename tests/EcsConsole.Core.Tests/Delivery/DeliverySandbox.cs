using System.Net;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Rollouts;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>
/// Delivery wired as the console wires it (AWS clients, a migrated store, the real operation gate and rollout service)
/// against the sandbox on a fake clock. A test may swap the rollout starter for <see cref="CountingStarter"/>.
/// </summary>
internal sealed class DeliverySandbox : IAsyncDisposable
{
    private readonly CatalogStore _store;

    private readonly Action<IServiceCollection> _register;

    private DeliverySandbox(FakeTimeProvider time, SandboxServer sandbox, CatalogStore store, RecordingHandler webhooks, Action<IServiceCollection> register)
    {
        _register = register;
        Webhooks = webhooks;
        Time = time;
        Sandbox = sandbox;
        _store = store;
    }

    public FakeTimeProvider Time { get; }

    public SandboxServer Sandbox { get; }

    public IServiceProvider Services => _store.Services;

    public DeliveryStore Store => Services.GetRequiredService<DeliveryStore>();

    /// <summary>The webhook dispatcher on the fake clock (the AWS signer keeps real time, so the fake clock is not registered).</summary>
    public WebhookDispatcher Dispatcher => _dispatcher ??= NewDispatcher(Leases("sandbox"));

    private WebhookDispatcher? _dispatcher;

    private int _instances;

    /// <summary>A webhook dispatcher of the console instance whose leases are <paramref name="leases"/>.</summary>
    public WebhookDispatcher NewDispatcher(OwnerLeases leases) => new(
        Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(),
        Services.GetRequiredService<IHttpClientFactory>(),
        leases,
        Time,
        Services.GetRequiredService<IOptions<DeliveryOptions>>(),
        NullLogger<WebhookDispatcher>.Instance);

    /// <summary>The owner leases of a console instance called <paramref name="instanceId"/> on this store, on the fake clock.</summary>
    public OwnerLeases Leases(string instanceId) => new(
        Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(),
        new ConsoleInstance(instanceId),
        Time,
        Options.Create(new LeaseOptions()),
        NullLogger<OwnerLeases>.Instance);

    public RecordingHandler Webhooks { get; }

    /// <summary>Who is signed in for the service-layer calls of a test.</summary>
    public SignedIn SignedIn { get; private init; } = null!;

    /// <summary>The delivery service of one operator's scope (a circuit, in the web host).</summary>
    public IDeliveryService Delivery() => Services.CreateScope().ServiceProvider.GetRequiredService<IDeliveryService>();

    /// <param name="settings">Further configuration (for example <c>Connections:platform:RoleArn</c>).</param>
    public static async Task<DeliverySandbox> StartAsync(string provider = "Sqlite", IDeliveryRolloutStarter? starter = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 10_000 };
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var webhooks = new RecordingHandler();
        var signedIn = new SignedIn();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Delivery:ConsoleBaseUrl"] = "https://console.example.com",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        void Register(IServiceCollection services)
        {
            services
                .AddSingleton(connection)
                .AddAwsClientsWithoutBudget()
                .AddScoped<SystemActorContext>()
                .AddSingleton(signedIn)
                .AddScoped<ICurrentOperator, ScopedTestOperator>()
                .AddSingleton<IProductionClusterPolicy>(new NamedProductionClusters("prod"))
                .AddScoped<IOperationAuthorizer, OperationGuard>()
                .AddConsoleCatalog(configuration)
                .AddRollouts(configuration);
            if (starter is not null)
            {
                services.AddSingleton(starter);
            }

            services.AddDelivery(configuration);
            services.AddHttpClient(WebhookDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => webhooks);
        }

        var store = await CatalogStore.CreateAsync(provider, Register);
        return new DeliverySandbox(time, sandbox, store, webhooks, Register) { SignedIn = signedIn };
    }

    /// <summary>
    /// Another console instance: its own DI container on the same store and AWS (own context factory, AWS clients, rollout
    /// starter, audit trail), named <paramref name="instanceId"/>; its evaluator, leases and webhook dispatcher run on the
    /// fake clock, and its webhooks reach the same <see cref="Webhooks"/> receiver.
    /// </summary>
    public async Task<DeliveryInstance> AddInstanceAsync(string instanceId, IDeliveryRolloutStarter? starter = null)
    {
        var services = await _store.AddInstanceAsync(new Dictionary<string, string?> { ["Leases:InstanceId"] = instanceId }, s =>
        {
            _register(s);
            if (starter is not null)
            {
                s.AddSingleton(starter);
            }
        });
        var contexts = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var options = services.GetRequiredService<IOptions<DeliveryOptions>>();
        var leases = new OwnerLeases(contexts, services.GetRequiredService<ConsoleInstance>(), Time, Options.Create(new LeaseOptions()), NullLogger<OwnerLeases>.Instance);
        var dispatcher = new WebhookDispatcher(contexts, services.GetRequiredService<IHttpClientFactory>(), leases, Time, options, NullLogger<WebhookDispatcher>.Instance);
        var evaluator = new DeliveryEvaluator(
            services.GetRequiredService<IEcrClient>(),
            services.GetRequiredService<IEcsClient>(),
            new DeliveryStore(contexts),
            services.GetRequiredService<IDeliveryRolloutStarter>(),
            new DeliveryNotifier(contexts, dispatcher, Time, options, NullLogger<DeliveryNotifier>.Instance),
            leases,
            Time,
            options,
            NullLogger<DeliveryEvaluator>.Instance);
        return new DeliveryInstance(instanceId, services, leases, evaluator, dispatcher);
    }

    /// <summary>
    /// A further console instance's evaluator on the same store and AWS: its own instance id and leases, store access,
    /// starter, notifier and webhook dispatcher.
    /// </summary>
    public DeliveryEvaluator Evaluator(IDeliveryRolloutStarter? starter = null, OwnerLeases? leases = null)
    {
        leases ??= Leases($"evaluator-{Interlocked.Increment(ref _instances)}");
        return new(
            Services.GetRequiredService<IEcrClient>(),
            Services.GetRequiredService<IEcsClient>(),
            new DeliveryStore(Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>()),
            starter ?? Services.GetRequiredService<IDeliveryRolloutStarter>(),
            new DeliveryNotifier(Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(), NewDispatcher(leases), Time, Services.GetRequiredService<IOptions<DeliveryOptions>>(), NullLogger<DeliveryNotifier>.Instance),
            leases,
            Time,
            Services.GetRequiredService<IOptions<DeliveryOptions>>(),
            NullLogger<DeliveryEvaluator>.Instance);
    }

    /// <summary>Saves a policy with the images matching it now as its baseline, as the policy editor does.</summary>
    public async Task<DeliveryPolicy> SavePolicyAsync(string name, string cluster, string service, string pattern, bool approval = false, int? quietFrom = null, int? quietTo = null)
    {
        var policy = new DeliveryPolicy
        {
            Name = name,
            Cluster = cluster,
            Service = service,
            Repository = service,
            TagPattern = pattern,
            RequireApproval = approval,
            QuietStartMinute = quietFrom,
            QuietEndMinute = quietTo,
            CreatedBy = "admin",
            CreatedAt = Time.GetUtcNow(),
        };
        var ecr = Services.GetRequiredService<IEcrClient>();
        var images = new List<ImageDetail>();
        await foreach (var image in ecr.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = service }))
        {
            images.Add(image);
        }

        var uri = $"000000000000.dkr.ecr.eu-west-1.amazonaws.com/{service}";
        await Store.SavePolicyAsync(policy, DeliveryEvaluator.Candidates(policy, uri, images, Time.GetUtcNow(), DeliveryState.Baseline));
        return policy;
    }

    public async Task AddWebhookAsync(string url, WebhookFormat format)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.WebhookEndpoints.Add(new WebhookEndpoint { Name = "receiver", Url = url, Format = format, CreatedAt = Time.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<WebhookDelivery>> WebhookDeliveriesAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<DeliveryRecord>> RecordsAsync(string policy) =>
        [.. (await Store.RecordsAsync()).Where(r => r.PolicyName == policy && r.State != DeliveryState.Baseline).OrderBy(r => r.Id)];

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

/// <summary>One console instance of a <see cref="DeliverySandbox"/>: its container, leases, evaluator and dispatcher.</summary>
internal sealed record DeliveryInstance(string Id, IServiceProvider Services, OwnerLeases Leases, DeliveryEvaluator Evaluator, WebhookDispatcher Dispatcher);

/// <summary>The signed-in operator of a scope, unless the scope acts as a system actor (as the web host's operator does).</summary>
internal sealed class ScopedTestOperator(SystemActorContext system, SignedIn signedIn) : ICurrentOperator
{
    public Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(system.Actor ?? signedIn.Identity);
}

/// <summary>The person signed in, settable per test.</summary>
internal sealed class SignedIn
{
    public OperatorIdentity? Identity { get; set; } = new("alice", ConsoleRole.Operator, IsLocalAccount: true);

    public void As(string name, ConsoleRole role) => Identity = new OperatorIdentity(name, role, IsLocalAccount: true);
}

/// <summary>A starter that starts nothing in ECS: it counts the starts per digest and answers as ECS does for a no-op update.</summary>
internal sealed class CountingStarter(string? deploymentArn = null) : IDeliveryRolloutStarter
{
    private readonly List<string> _started = [];

    public IReadOnlyList<string> Started
    {
        get
        {
            lock (_started)
            {
                return [.. _started];
            }
        }
    }

    public async Task<RolloutStarted> StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken)
    {
        // Yield so two evaluators racing on one store interleave here, where a double start would happen.
        await Task.Yield();
        lock (_started)
        {
            _started.Add(record.ImageTag ?? record.ImageDigest);
        }

        return new RolloutStarted(policy.Cluster, policy.Service, deploymentArn, "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:99");
    }
}

/// <summary>A webhook receiver: records each POST body and answers with the next queued status (200 when none).</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string? Location)> _answers = new();
    private readonly List<(string Url, string Body)> _received = [];

    public IReadOnlyList<(string Url, string Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        lock (_received)
        {
            foreach (var status in statuses)
            {
                _answers.Enqueue((status, null));
            }
        }
    }

    public void RedirectNext(HttpStatusCode status, string location)
    {
        lock (_received)
        {
            _answers.Enqueue((status, location));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        (HttpStatusCode Status, string? Location) answer;
        lock (_received)
        {
            _received.Add((request.RequestUri!.ToString(), body));
            answer = _answers.Count > 0 ? _answers.Dequeue() : (HttpStatusCode.OK, null);
        }

        var response = new HttpResponseMessage(answer.Status);
        if (answer.Location is not null)
        {
            response.Headers.Location = new Uri(answer.Location, UriKind.RelativeOrAbsolute);
        }

        return response;
    }
}
