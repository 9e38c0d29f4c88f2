using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

/// <summary>What the task definition wizard's pickers preselect and say when their reads fail.</summary>
public sealed class TaskDefinitionPickerTests
{
    [Fact]
    public void PreferredTag_NewestIsMarkedBroken_SkipsIt()
    {
        Assert.Equal("v1.4.0", TaskDefinitionImages.PreferredTag(["broken", "v1.4.0", "latest", "v1.3.0"], null));
    }

    [Fact]
    public void PreferredTag_NewestPushIsAnOlderVersionThanTheRunningOne_SkipsIt()
    {
        Assert.Equal("v2.1.0", TaskDefinitionImages.PreferredTag(["v1.9.9", "v2.1.0", "v2.0.0"], "v2.0.0"));
    }

    [Fact]
    public void PreferredTag_NothingQualifies_PreselectsNothing()
    {
        Assert.Null(TaskDefinitionImages.PreferredTag(["v1.0.0", "broken"], "v2.0.0"));
    }

    [Fact]
    public void Describe_ThrottledRead_NamesTheCallAndSaysItRetries()
    {
        var error = new AwsServiceException("ecr", "DescribeImages", "ThrottlingException", "Rate exceeded.", "req-1", HttpStatusCode.BadRequest);

        var message = WizardReadProblem.Describe("ECR DescribeImages", "users", error, retrying: true);

        Assert.Equal("ECR DescribeImages failed for users: ThrottlingException: Rate exceeded. AWS is throttling, retrying.", message);
    }

    [Fact]
    public void Describe_AccessDenied_NamesThePermissionAndNotTheName()
    {
        var error = new AwsServiceException("iam", "ListRoles", "AccessDenied", "not authorized", "req-2", HttpStatusCode.Forbidden);

        var message = WizardReadProblem.Describe("IAM ListRoles", null, error, retrying: false);

        Assert.StartsWith("IAM ListRoles failed: AccessDenied: not authorized.", message, StringComparison.Ordinal);
        Assert.Contains("may not call IAM ListRoles", message, StringComparison.Ordinal);
        Assert.DoesNotContain("check the name", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("..", message, StringComparison.Ordinal);
    }
}
