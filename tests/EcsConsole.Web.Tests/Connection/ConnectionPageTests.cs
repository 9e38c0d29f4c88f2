using System.Net;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Model.Connection;
using EcsConsole.Web.Tests.Support;
using Amazon.Runtime;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Connection;

public sealed class ConnectionPageTests : ConsoleComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeCapabilities _capabilities = new();

    public ConnectionPageTests()
    {
        Context.Services.AddSingleton<IConnectionCapabilities>(_capabilities);
        Context.Services.AddSingleton(new AwsConnection(new AwsConnectionSettings("eu-west-1", null, "https://ecs.example.test", new BasicAWSCredentials("k", "s"), AwsConnectionSettings.AwsMode)));
        Context.AddAuthorization().SetAuthorized("vera");
        Identity.Identity = new ConnectionIdentity(AwsConnectionSettings.AwsMode, "eu-west-1", "123456789012", null);
    }

    private static OperationCapability Derived(string operation) => new(
        "ECS", operation, CapabilityState.Derived, "DescribeServices deployments[]",
        new CapabilityReason(AwsErrorKind.Unsupported, "UnknownError", 500, "HTTP 500 answered with a page that is not an AWS error", null), At);

    [Fact]
    public void Update_DerivedAndWorkingOperations_ListsWhatReplacesWhatAndWhy()
    {
        var model = new ConnectionPageModel();

        model.Update(new ConnectionIdentity(AwsConnectionSettings.AwsMode, "eu-west-1", "123456789012", null), null,
            [Derived("ListServiceDeployments"), new OperationCapability("ECS", "DescribeServices", CapabilityState.Works, null, null, At)]);

        Assert.Equal("AWS's standard endpoints for eu-west-1", model.Endpoint);
        Assert.Equal("123456789012", model.Account);
        var derived = model.Operations[0];
        Assert.Equal(("ECS ListServiceDeployments", "derived"), (derived.Operation, derived.State));
        Assert.StartsWith("Shown from DescribeServices deployments[] instead: the endpoint does not offer it (HTTP 500 InternalServerError).", derived.Detail);
        Assert.Equal(("works", ""), (model.Operations[1].State, model.Operations[1].Detail));
    }

    [Fact]
    public void Update_UnavailableWithoutFallback_SaysNothingReplacesIt()
    {
        var model = new ConnectionPageModel();
        var denied = new OperationCapability("ECS", "DescribeServiceRevisions", CapabilityState.Unavailable, null,
            new CapabilityReason(AwsErrorKind.AccessDenied, "AccessDeniedException", 400, "not authorized", "req-4"), At);

        model.Update(new ConnectionIdentity("Sandbox", "eu-west-1", null, null), "http://127.0.0.1:5005", [denied]);

        Assert.Equal("sandbox account", model.Account);
        Assert.StartsWith("Nothing replaces it: the identity in use is not allowed to call it (AccessDeniedException). not authorized. Request id req-4.", model.Operations[0].Detail);
    }

    [Fact]
    public void Render_CapabilityLearntWhileOpen_ShowsTheNewRow()
    {
        var page = Context.Render<ConnectionPage>();
        page.WaitForAssertion(() => Assert.Equal("https://ecs.example.test", page.Find("[data-testid=connection-endpoint]").TextContent.Trim()));
        Assert.NotNull(page.Find("[data-testid=connection-nothing-tried]"));

        _capabilities.Add(Derived("ListServiceDeployments"));

        page.WaitForAssertion(() => Assert.Equal("derived", page.Find("[data-testid=connection-operation]").GetAttribute("data-state")));
        Assert.Contains("ECS ListServiceDeployments", page.Find("[data-testid=connection-operations]").TextContent);
    }

    private sealed class FakeCapabilities : IConnectionCapabilities
    {
        private readonly List<OperationCapability> _known = [];

        public event Action? Changed;

        public IReadOnlyList<OperationCapability> Current => [.. _known];

        public void Add(OperationCapability capability)
        {
            _known.Add(capability);
            Changed?.Invoke();
        }

        public bool ShouldTry(string service, string operation) => true;

        public void Worked(string service, string operation)
        {
        }

        public bool Learn(Exception exception, string? fallback) => false;

        public OperationCapability? Get(string service, string operation) => _known.FirstOrDefault(c => c.Operation == operation);
    }
}
