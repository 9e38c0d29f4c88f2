using System.Net;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Tests.Rollouts.Fallback;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Connection;

public sealed class ConnectionCapabilitiesTests
{
    private const string Fallback = "DescribeServices deployments[]";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<ConnectionCapabilities> _logger = new();
    private readonly AwsConnection _connection = new(Settings("https://ecs.example.test"));
    private readonly ConnectionCapabilities _capabilities;

    public ConnectionCapabilitiesTests()
    {
        _capabilities = new ConnectionCapabilities(_connection, _time, _logger);
    }

    private static AwsConnectionSettings Settings(string endpoint) =>
        new("eu-west-1", null, endpoint, new BasicAWSCredentials("k", "s"), AwsConnectionSettings.AwsMode);

    [Fact]
    public void Learn_HtmlServerError_MarksDerivedWithStatusAndNoMarkup()
    {
        var learnt = _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);

        Assert.True(learnt);
        var capability = _capabilities.Get("ECS", "ListServiceDeployments")!;
        Assert.Equal(CapabilityState.Derived, capability.State);
        Assert.Equal(Fallback, capability.Fallback);
        Assert.Equal(500, capability.Reason!.StatusCode);
        Assert.Equal(AwsErrorKind.Unsupported, capability.Reason.Kind);
        Assert.DoesNotContain("<", capability.Reason.Message);
        Assert.Contains("500 Internal Server Error", capability.Reason.Message);
        Assert.Equal(_time.GetUtcNow(), capability.LearntAt);
        Assert.Equal("this endpoint does not offer ListServiceDeployments", capability.Why());
    }

    [Fact]
    public void Learn_SameLackTwice_LogsOneWarning()
    {
        _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);
        _time.Advance(TimeSpan.FromMinutes(20));
        _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);

        Assert.Equal(1, _logger.Warnings);
        Assert.Contains("ListServiceDeployments", _logger.Lines.Single().Message);
        Assert.DoesNotContain("<html", _logger.Lines.Single().Message);
    }

    [Fact]
    public void ShouldTry_LackLearnt_FalseUntilTheReprobeIntervalPassed()
    {
        _capabilities.Learn(new AwsServiceException("ECS", "DescribeServiceDeployments", "UnknownOperationException", "Unknown operation", "req-1", HttpStatusCode.BadRequest), Fallback);

        Assert.False(_capabilities.ShouldTry("ECS", "DescribeServiceDeployments"));
        _time.Advance(ConnectionCapabilities.ReprobeInterval - TimeSpan.FromSeconds(1));
        Assert.False(_capabilities.ShouldTry("ECS", "DescribeServiceDeployments"));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_capabilities.ShouldTry("ECS", "DescribeServiceDeployments"));
    }

    [Fact]
    public void Worked_AfterALack_MarksItWorkingAndAFreshLackIsLoggedAgain()
    {
        _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);
        _time.Advance(ConnectionCapabilities.ReprobeInterval);

        _capabilities.Worked("ECS", "ListServiceDeployments");

        Assert.Equal(CapabilityState.Works, _capabilities.Get("ECS", "ListServiceDeployments")!.State);
        Assert.True(_capabilities.ShouldTry("ECS", "ListServiceDeployments"));
        _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);
        Assert.Equal(2, _logger.Warnings);
    }

    [Fact]
    public void Learn_Throttling_IsNotLearnt()
    {
        var learnt = _capabilities.Learn(DeploymentsEndpointFake.Throttled("ListServiceDeployments"), Fallback);

        Assert.False(learnt);
        Assert.Null(_capabilities.Get("ECS", "ListServiceDeployments"));
        Assert.True(_capabilities.ShouldTry("ECS", "ListServiceDeployments"));
        Assert.Equal(0, _logger.Warnings);
    }

    [Fact]
    public void Learn_AccessDeniedWithAFallback_MarksDerivedAndSaysWhy()
    {
        Assert.True(_capabilities.Learn(DeploymentsEndpointFake.Denied("ListServiceDeployments"), Fallback));

        var capability = _capabilities.Get("ECS", "ListServiceDeployments")!;
        Assert.Equal(CapabilityState.Derived, capability.State);
        Assert.Equal("the AWS identity in use may not call ListServiceDeployments (AccessDeniedException)", capability.Why());
    }

    [Fact]
    public void Learn_AccessDeniedWithoutAFallback_IsLeftToTheCaller()
    {
        Assert.False(_capabilities.Learn(DeploymentsEndpointFake.Denied("UpdateService"), null));

        Assert.Null(_capabilities.Get("ECS", "UpdateService"));
    }

    [Fact]
    public void Current_AfterTheConnectionSwitched_HoldsOnlyWhatThatConnectionTaught()
    {
        _capabilities.Learn(DeploymentsEndpointFake.HtmlServerError("ListServiceDeployments"), Fallback);

        _connection.Switch(Settings("https://ecs.other.test"));
        Assert.Empty(_capabilities.Current);
        Assert.True(_capabilities.ShouldTry("ECS", "ListServiceDeployments"));

        _connection.Switch(Settings("https://ecs.example.test"));
        Assert.Equal(CapabilityState.Derived, Assert.Single(_capabilities.Current).State);
    }
}
