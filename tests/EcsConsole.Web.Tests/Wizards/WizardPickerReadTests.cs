using System.Net;
using EcsConsole.Aws;
using EcsConsole.Web.Components.Pages.Wizards;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class WizardPickerReadTests
{
    private static AwsServiceException Error(string code, HttpStatusCode status) => new("ecr", "DescribeRepositories", code, "m", "r", status);

    [Fact]
    public async Task RunAsync_ThrottledOnceThenAnswered_SaysRetryingThenClearsTheProblem()
    {
        var clock = new FakeTimeProvider();
        var attempts = 0;
        var reports = new List<string?>();
        var reading = WizardPickerRead.RunAsync(_ =>
        {
            attempts++;
            return attempts == 1 ? Task.FromException(Error("ThrottlingException", HttpStatusCode.BadRequest)) : Task.CompletedTask;
        }, "ECR DescribeRepositories", null, p => { reports.Add(p); return Task.CompletedTask; }, clock, CancellationToken.None);

        Assert.False(reading.IsCompleted);
        clock.Advance(WizardPickerRead.Backoff(1));

        Assert.True(await reading);
        Assert.Equal(2, attempts);
        Assert.Contains("AWS is throttling, retrying.", reports[0], StringComparison.Ordinal);
        Assert.Null(reports[^1]);
    }

    [Fact]
    public async Task RunAsync_AccessDenied_StopsAtOnceWithTheProblem()
    {
        var attempts = 0;
        string? last = null;

        var ok = await WizardPickerRead.RunAsync(_ => { attempts++; throw Error("AccessDeniedException", HttpStatusCode.BadRequest); },
            "ECR DescribeRepositories", null, p => { last = p; return Task.CompletedTask; }, new FakeTimeProvider(), CancellationToken.None);

        Assert.False(ok);
        Assert.Equal(1, attempts);
        Assert.StartsWith("ECR DescribeRepositories failed: AccessDeniedException", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ThrottledEveryTime_GivesUpAfterTheLastAttemptWithoutSayingRetrying()
    {
        var clock = new FakeTimeProvider();
        var attempts = 0;
        string? last = null;
        var reading = WizardPickerRead.RunAsync(_ => { attempts++; throw Error("ThrottlingException", HttpStatusCode.BadRequest); },
            "ECR DescribeRepositories", null, p => { last = p; return Task.CompletedTask; }, clock, CancellationToken.None);

        for (var attempt = 1; attempt < WizardPickerRead.MaxAttempts; attempt++)
        {
            clock.Advance(WizardPickerRead.Backoff(attempt));
        }

        Assert.False(await reading);
        Assert.Equal(WizardPickerRead.MaxAttempts, attempts);
        Assert.Contains("retry in a moment", last, StringComparison.Ordinal);
    }
}
