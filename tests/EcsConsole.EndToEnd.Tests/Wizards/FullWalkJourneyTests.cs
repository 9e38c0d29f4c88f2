using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>
/// An administrator sets up a new service from nothing with the four wizards in a row, in a real browser against the app's
/// sandbox: roles, cluster, task definition, then the service behind a new ALB, until its tasks run as healthy targets.
/// The sandbox clock runs at 600x so tasks start and pass the target group's health checks within seconds.
/// </summary>
public sealed class FullWalkJourneyTests(FastClockAppFixture app) : IClassFixture<FastClockAppFixture>, IAsyncLifetime
{
    // The staging network of the sandbox: the subnets, security group and VPC an operator reads from the VPC console.
    private const string Subnets = "subnet-05c4b2e8a7d610021, subnet-05c4b2e8a7d610022";
    private const string SecurityGroup = "sg-0b9e8d7c6a5f40072";
    private const string Vpc = "vpc-0e1d2c3b4a5f60789";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        _page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task FourWizards_SearchOnANewFargateCluster_RunsHealthyBehindItsNewAlb()
    {
        await BrowserSession.ExplainFailureAsync(_page, "full-walk", WalkAsync);
    }

    private async Task WalkAsync()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/wizards/iam-roles");
        await CreateRolesAsync();
        await CreateClusterAsync();
        await RegisterTaskDefinitionAsync();
        await CreateServiceAsync();

        await _page.ClickAsync("[data-testid=svc-open]");
        await _page.WaitForURLAsync(url => url.EndsWith("/clusters/walk/services/search", StringComparison.Ordinal));
        var running = _page.Locator("[data-testid=active-tasks] [data-testid=task-status]", new PageLocatorOptions { HasText = "RUNNING" });
        await Assertions.Expect(running).ToHaveCountAsync(2);
        await _page.Locator("[data-testid=service-tabs] .mud-tab", new PageLocatorOptions { HasText = "Configuration" }).ClickAsync();
        var balancing = _page.Locator("[data-testid=config-load-balancers]");
        await Assertions.Expect(balancing).ToContainTextAsync("search-tg");
        await Assertions.Expect(balancing).ToContainTextAsync("2/2 healthy");
        await Assertions.Expect(balancing.Locator(".mono", new LocatorLocatorOptions { HasText = "healthy" })).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("[data-testid=config-discovery]")).ToContainTextAsync("2 instances");
        await Assertions.Expect(_page.Locator("[data-testid=config-scaling]")).ToContainTextAsync("between 2 and 4");
        await Assertions.Expect(_page.Locator("[data-testid=config-task-definition]")).ToContainTextAsync("search:1");
        await Assertions.Expect(_page.Locator("[data-testid=config-task-definition]")).ToContainTextAsync("/blog:3.3.0");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("full-walk-service"), FullPage = true });
    }

    private async Task CreateRolesAsync()
    {
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("service-name", "search");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(Input("name-ExecutionRoleName")).ToHaveValueAsync("search-execution");
        await Assertions.Expect(Input("name-TaskRoleName")).ToHaveValueAsync("search-task");
        await FillAsync("tag-value-0", "discovery");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("search-execution");
        await _page.ClickAsync("[data-testid=wizard-run]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
    }

    private async Task CreateClusterAsync()
    {
        await _page.GotoAsync($"{app.BaseUrl}/wizards/cluster");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("cluster-name", "walk");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("cluster-tag-value-0", "discovery");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("ecs:CreateCluster");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("FARGATE");
        await _page.ClickAsync("[data-testid=wizard-run]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
    }

    private async Task RegisterTaskDefinitionAsync()
    {
        await _page.GotoAsync($"{app.BaseUrl}/wizards/task-definition");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("td-family", "search");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await SelectAsync("td-repository-0", "blog");
        await SelectAsync("td-tag-0", "3.3.0");
        // The load balancer sends its traffic to this port; the Service wizard reads it from the registered revision.
        await _page.ClickAsync("[data-testid=td-add-port-0]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await SelectAsync("td-ExecutionRoleArn", "search-execution");
        await SelectAsync("td-TaskRoleArn", "search-task");
        await _page.ClickAsync("[data-testid=wizard-next]");

        var preview = _page.Locator("[data-testid=json-preview]");
        await Assertions.Expect(preview).ToContainTextAsync("dkr.ecr.eu-west-1.amazonaws.com/blog:3.3.0");
        await Assertions.Expect(preview).ToContainTextAsync("role/search-execution");
        await Assertions.Expect(preview).ToContainTextAsync("\"containerPort\": 8080");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("ecs:RegisterTaskDefinition");
        await _page.ClickAsync("[data-testid=wizard-run]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await _page.ClickAsync("[data-testid=open-revision]");
        await _page.WaitForURLAsync(url => url.EndsWith("/task-definitions/search/1", StringComparison.Ordinal));
    }

    private async Task CreateServiceAsync()
    {
        // As an operator would: from the new cluster's page, once the inventory has read it.
        await _page.GotoAsync($"{app.BaseUrl}/clusters/walk");
        // Clicked once the circuit is live, so the wizard opens inside it rather than racing its start.
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await _page.ClickAsync("[data-testid=create-service]");
        await _page.WaitForURLAsync(url => url.Contains("/wizards/service?cluster=walk", StringComparison.Ordinal));
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("svc-name", "search");
        await SelectAsync("svc-family", "search");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(Input("svc-desired")).ToHaveValueAsync("2");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("svc-subnets", Subnets);
        await FillAsync("svc-security-groups", SecurityGroup);
        await _page.ClickAsync("[data-testid=wizard-next]");

        await _page.Locator("[data-testid=svc-lb]").GetByText("New application load balancer").ClickAsync();
        await Assertions.Expect(Input("svc-container")).ToHaveValueAsync("app");
        await Assertions.Expect(Input("svc-container-port")).ToHaveValueAsync("8080");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.Locator("[data-testid=svc-discovery]").GetByText("New Cloud Map namespace").ClickAsync();
        await FillAsync("svc-namespace-vpc", Vpc);
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.GetByText("Scale with target tracking").ClickAsync();
        await FillAsync("svc-scaling-min", "2");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("svc-tag-value-0", "discovery");
        await _page.ClickAsync("[data-testid=wizard-next]");

        await _page.ClickAsync("[data-testid=wizard-plan]");
        var plan = _page.Locator("[data-testid=plan-table]");
        foreach (var call in new[] { "CreateLoadBalancer", "CreateTargetGroup", "CreatePrivateDnsNamespace", "ecs:CreateService", "RegisterScalableTarget", "PutScalingPolicy" })
        {
            await Assertions.Expect(plan).ToContainTextAsync(call);
        }

        await Assertions.Expect(_page.Locator("[data-testid=plan-existing]").First).ToContainTextAsync("missing");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("full-walk-service-plan"), FullPage = true });
        await _page.ClickAsync("[data-testid=wizard-run]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded", new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
    }

    private ILocator Input(string testId) => _page.Locator($"input[data-testid={testId}], [data-testid={testId}] input");

    private Task FillAsync(string testId, string value) => Input(testId).FillAsync(value);

    private async Task SelectAsync(string testId, string option)
    {
        await _page.Locator($"div.mud-select:has([data-testid={testId}])").First.ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
    }
}
