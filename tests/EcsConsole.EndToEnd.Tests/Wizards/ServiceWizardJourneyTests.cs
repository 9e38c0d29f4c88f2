using EcsConsole.Aws.Ecs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>
/// An administrator creates the search service on staging with the Service wizard in a real browser: behind a new ALB,
/// with Cloud Map and CPU target tracking; its tasks run and the service is steady on its page.
/// </summary>
public sealed class ServiceWizardJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
{
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
    public async Task ServiceWizard_SearchBehindNewAlbWithCloudMapAndCpuScaling_RunsSteadyOnItsPage()
    {
        await RegisterSearchTaskDefinitionAsync();
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/wizards/service?cluster=staging");
        await _page.Locator("[data-interactive=true]").WaitForAsync();

        await FillAsync("svc-name", "search");
        await _page.ClickAsync("[data-testid=svc-family]");
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "search" }).First.ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=svc-revision]")).ToContainTextAsync("1");
        await NextAsync("2. Compute");
        await NextAsync("3. Networking");
        await FillAsync("svc-subnets", "subnet-05c4b2e8a7d610021, subnet-05c4b2e8a7d610022");
        await FillAsync("svc-security-groups", "sg-0b9e8d7c6a5f40072");
        await NextAsync("4. Load balancer");
        await _page.GetByText("New application load balancer").ClickAsync();
        await Assertions.Expect(_page.Locator("input[data-testid=svc-lb-name]")).ToHaveValueAsync("search-alb");
        await FillAsync("svc-lb-vpc", "vpc-0e1d2c3b4a5f60789");
        await FillAsync("svc-path", "/search/*");
        await FillAsync("svc-hc-path", "/health");
        await NextAsync("5. Service discovery");
        await _page.GetByText("New Cloud Map namespace").ClickAsync();
        await FillAsync("svc-namespace-name", "search.internal");
        await FillAsync("svc-namespace-vpc", "vpc-0e1d2c3b4a5f60789");
        await NextAsync("6. Auto scaling");
        await _page.Locator("input[data-testid=svc-scaling], [data-testid=svc-scaling] input").CheckAsync();
        await FillAsync("svc-scaling-max", "6");
        await FillAsync("svc-scaling-target", "50");
        await NextAsync("7. Deployment and tags");
        await FillAsync("svc-tag-value-0", "discovery");
        await NextAsync("8. Plan");
        await _page.ClickAsync("[data-testid=wizard-plan]");

        var plan = _page.Locator("[data-testid=plan-table]");
        await Assertions.Expect(plan).ToContainTextAsync("elbv2:CreateLoadBalancer");
        await Assertions.Expect(plan).ToContainTextAsync("servicediscovery:CreatePrivateDnsNamespace");
        await Assertions.Expect(plan).ToContainTextAsync("${TargetGroup.Arn}");
        await Assertions.Expect(plan).ToContainTextAsync("ECSServiceAverageCPUUtilization");
        await Assertions.Expect(_page.Locator("[data-testid=export-cfn]")).ToHaveAttributeAsync("download", "service.template.json");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("service-wizard-plan"), FullPage = true });
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded", new() { Timeout = 60_000 });
        await Assertions.Expect(_page.Locator("[data-testid=run-step]")).ToHaveCountAsync(9);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("service-wizard-run"), FullPage = true });
        await _page.ClickAsync("[data-testid=svc-open]");

        await _page.WaitForURLAsync(url => url.Contains("/clusters/staging/services/search", StringComparison.Ordinal));
        // Both tasks run and the service is steady (its tasks passed the target group's health checks to get there).
        await Assertions.Expect(_page.Locator(".page-header").First).ToContainTextAsync("steady", new() { Timeout = 60_000 });
        await Assertions.Expect(_page.Locator(".page-header").First).ToContainTextAsync("2/2");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("service-wizard-service"), FullPage = true });
    }

    private Task RegisterSearchTaskDefinitionAsync() =>
        app.Services.GetRequiredService<IEcsClient>().RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "search",
            NetworkMode = "awsvpc",
            RequiresCompatibilities = ["FARGATE"],
            Cpu = "256",
            Memory = "512",
            ContainerDefinitions =
            [
                new ContainerDefinition
                {
                    Name = "search",
                    Image = "public.ecr.aws/docker/library/nginx:1.27",
                    Essential = true,
                    PortMappings = [new PortMapping { ContainerPort = 8080, Protocol = "tcp" }],
                },
            ],
        });

    private async Task NextAsync(string step)
    {
        await _page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(_page.Locator("[data-testid=wizard-steps] .mud-chip-color-primary")).ToContainTextAsync(step);
    }

    private Task FillAsync(string testId, string value) =>
        _page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").FillAsync(value);
}
