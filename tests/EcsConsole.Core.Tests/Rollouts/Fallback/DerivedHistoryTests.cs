using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Rollouts;
using Microsoft.Extensions.Time.Testing;
using Amazon.Runtime;

namespace EcsConsole.Core.Tests.Rollouts.Fallback;

public sealed class DerivedHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly DeploymentsEndpointFake _ecs = new();
    private readonly InMemoryJournal _journal = new();
    private readonly RecordingLogger<ConnectionCapabilities> _logger = new();
    private readonly ConnectionCapabilities _capabilities;
    private readonly DeploymentHistory _history;

    public DerivedHistoryTests()
    {
        var connection = new AwsConnection(new AwsConnectionSettings("eu-west-1", null, "https://ecs.example.test", new BasicAWSCredentials("k", "s"), AwsConnectionSettings.AwsMode));
        _capabilities = new ConnectionCapabilities(connection, _time, _logger);
        _history = new DeploymentHistory(_ecs, _journal, _capabilities, _time);
        _ecs.Service = _ecs.Service with
        {
            Deployments =
            [
                new Deployment
                {
                    Id = "ecs-svc/200", Status = "PRIMARY", RolloutState = "COMPLETED", TaskDefinition = "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:8",
                    DesiredCount = 2, RunningCount = 2, CreatedAt = Start.AddMinutes(-30), UpdatedAt = Start.AddMinutes(-26),
                },
                new Deployment
                {
                    Id = "ecs-svc/100", Status = "ACTIVE", RolloutState = "COMPLETED", TaskDefinition = DeploymentsEndpointFake.TaskDefinitionArn,
                    DesiredCount = 0, RunningCount = 0, CreatedAt = Start.AddDays(-3), UpdatedAt = Start.AddDays(-3).AddMinutes(5),
                },
            ],
        };
    }

    [Fact]
    public async Task GetAsync_ListServiceDeploymentsAnswersHtml500_DerivesFromDeploymentsAndSaysWhy()
    {
        _ecs.Failures["ListServiceDeployments"] = DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments");

        var view = await _history.GetAsync("prod", "news");

        Assert.Equal("this endpoint does not offer ListServiceDeployments", view.DerivedReason);
        Assert.Equal(["ecs-svc/200", "ecs-svc/100"], view.Entries.Select(e => e.DeploymentArn));
        var newest = view.Entries[0];
        Assert.Equal(DeploymentOutcome.Succeeded, newest.Outcome);
        Assert.Equal(["news:7"], newest.SourceTaskDefinitions);
        Assert.Equal("news:8", newest.TargetTaskDefinition);
        Assert.Equal(TimeSpan.FromMinutes(4), newest.Duration);
    }

    [Fact]
    public async Task GetAsync_LackLearnt_SkipsTheCallUntilTheReprobeInterval()
    {
        _ecs.Failures["ListServiceDeployments"] = DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments");
        await _history.GetAsync("prod", "news");

        await _history.GetAsync("prod", "news");
        Assert.Equal(1, _ecs.CallsTo("ListServiceDeployments"));

        _time.Advance(ConnectionCapabilities.ReprobeInterval);
        _ecs.Failures.Remove("ListServiceDeployments");
        var view = await _history.GetAsync("prod", "news");

        Assert.Equal(2, _ecs.CallsTo("ListServiceDeployments"));
        Assert.False(view.IsDerived);
        Assert.Equal(1, _logger.Warnings);
    }

    [Fact]
    public async Task GetAsync_DescribeServiceDeploymentsDenied_DerivesAndNamesTheRefusal()
    {
        _ecs.ServiceDeployments.Add(new ServiceDeployment { ServiceDeploymentArn = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/abc", Status = "SUCCESSFUL" });
        _ecs.Failures["DescribeServiceDeployments"] = DeploymentsEndpointFake.Denied("DescribeServiceDeployments");

        var view = await _history.GetAsync("prod", "news");

        Assert.Equal("the AWS identity in use may not call DescribeServiceDeployments (AccessDeniedException)", view.DerivedReason);
        Assert.Equal(2, view.Entries.Count);
    }

    [Fact]
    public async Task GetAsync_Throttled_ThrowsAndLearnsNothing()
    {
        _ecs.Failures["ListServiceDeployments"] = DeploymentsEndpointFake.Throttled("ListServiceDeployments");

        var thrown = await Assert.ThrowsAsync<AwsServiceException>(() => _history.GetAsync("prod", "news"));

        Assert.True(thrown.IsTransient);
        Assert.Empty(_capabilities.Current);
    }

    [Theory]
    [InlineData("CODE_DEPLOY", "CodeDeploy deploys this service")]
    [InlineData("EXTERNAL", "an external controller deploys this service")]
    public async Task GetAsync_ServiceNotDeployedByEcs_DerivesWithoutAskingForServiceDeployments(string controller, string reason)
    {
        _ecs.Service = _ecs.Service with { DeploymentController = new DeploymentController { Type = controller } };

        var view = await _history.GetAsync("prod", "news");

        Assert.StartsWith(reason, view.DerivedReason);
        Assert.Equal(0, _ecs.CallsTo("ListServiceDeployments"));
        Assert.Equal(2, view.Entries.Count);
    }

    [Fact]
    public async Task GetAsync_Derived_JoinsTheJournalAndKeepsRowsEcsNoLongerLists()
    {
        _ecs.Failures["ListServiceDeployments"] = DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments");
        _journal.Records.Add(Record("ecs-svc/200", "news:7", "news:8", Start.AddMinutes(-30), "ship the feed fix"));
        _journal.Records.Add(Record("ecs-svc/50", "news:6", "news:7", Start.AddDays(-5), "older one"));

        var view = await _history.GetAsync("prod", "news");

        Assert.Equal(["ecs-svc/200", "ecs-svc/100", "ecs-svc/50"], view.Entries.Select(e => e.DeploymentArn));
        Assert.Equal("alice", view.Entries[0].StartedBy);
        Assert.Equal("ship the feed fix", view.Entries[0].Note);
        var gone = view.Entries[2];
        Assert.True(gone.IsJournalOnly);
        Assert.Null(gone.Outcome);
        Assert.Equal("news:7", gone.TargetTaskDefinition);
    }

    [Fact]
    public void Outcome_ActiveStillInProgress_IsStoppedBecauseANewerOneReplacedIt()
    {
        Assert.Equal(DeploymentOutcome.Stopped, DerivedDeployments.Outcome(new Deployment { Status = "ACTIVE", RolloutState = "IN_PROGRESS" }));
        Assert.Null(DerivedDeployments.Outcome(new Deployment { Status = "PRIMARY", RolloutState = "IN_PROGRESS" }));
        Assert.Equal(DeploymentOutcome.Failed, DerivedDeployments.Outcome(new Deployment { Status = "PRIMARY", RolloutState = "FAILED" }));
    }

    private static RolloutRecord Record(string id, string from, string to, DateTimeOffset at, string note) => new()
    {
        DeploymentArn = id, Cluster = "prod", Service = "news", Operator = "alice", Note = note, Kind = RolloutKind.Revision,
        StartedAt = at, FromTaskDefinition = from, ToTaskDefinition = to,
    };
}
