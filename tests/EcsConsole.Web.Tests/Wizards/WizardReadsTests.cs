using System.Net;
using EcsConsole.Aws;
using EcsConsole.Web.Components.Pages.Wizards;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class WizardReadsTests
{
    private readonly NoteWizardModel _model = new();
    private int _renders;

    private WizardReads Reads(TimeProvider? clock = null) => new(clock ?? new FakeTimeProvider(), change =>
    {
        change();
        _renders++;
        return Task.CompletedTask;
    });

    [Fact]
    public async Task ReadAsync_AnswerWithoutWhatTheCallPromises_IsSaidLikeAFailedRead()
    {
        await using var reads = Reads();

        await reads.ReadAsync(_model, "source", "ECS DescribeTaskDefinition", "users", _ => throw new InvalidOperationException("No task definition in the answer."));

        Assert.Equal("ECS DescribeTaskDefinition failed for users: No task definition in the answer.", _model.ReadProblems["source"]);
        Assert.Empty(reads.Running);
    }

    [Fact]
    public async Task ReadAsync_AccessDenied_NamesTheCallAndClearsOnceARetryAnswers()
    {
        await using var reads = Reads();

        await reads.ReadAsync(_model, "roles", "IAM ListRoles", null,
            _ => throw new AwsServiceException("iam", "ListRoles", "AccessDenied", "not allowed", "r", HttpStatusCode.Forbidden));
        Assert.StartsWith("IAM ListRoles failed: AccessDenied", _model.ReadProblems["roles"], StringComparison.Ordinal);

        await reads.ReadAsync(_model, "roles", "IAM ListRoles", null, _ => Task.CompletedTask);

        Assert.Empty(_model.ReadProblems);
        Assert.True(_renders > 0);
    }

    [Fact]
    public async Task ReadAsync_SameReadUnderWay_IsNotStartedTwice()
    {
        await using var reads = Reads();
        var answer = new TaskCompletionSource();
        var calls = 0;

        var first = reads.ReadAsync(_model, "vpcs", "EC2 DescribeVpcs", null, async _ => { calls++; await answer.Task; });
        var second = reads.ReadAsync(_model, "vpcs", "EC2 DescribeVpcs", null, async _ => { calls++; await answer.Task; });

        Assert.True(second.IsCompleted);
        Assert.Contains("vpcs", reads.Running);
        answer.SetResult();
        await first;
        Assert.Equal(1, calls);
        Assert.Empty(reads.Running);
    }

    [Fact]
    public async Task SettledAsync_WaitsForEveryReadUnderWay()
    {
        await using var reads = Reads();
        var subnets = new TaskCompletionSource();
        var groups = new TaskCompletionSource();
        _ = reads.ReadAsync(_model, "subnets", "EC2 DescribeSubnets", "vpc-1", _ => subnets.Task);
        _ = reads.ReadAsync(_model, "groups", "EC2 DescribeSecurityGroups", "vpc-1", _ => groups.Task);

        var settled = reads.SettledAsync();
        subnets.SetResult();
        await Task.Yield();
        Assert.False(settled.IsCompleted);
        groups.SetResult();

        await settled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task DisposeAsync_ReadWaitingToRetry_IsCancelledAndAwaited()
    {
        var reads = Reads(new FakeTimeProvider());
        var reading = reads.ReadAsync(_model, "repositories", "ECR DescribeRepositories", null,
            _ => throw new AwsServiceException("ecr", "DescribeRepositories", "ThrottlingException", "slow down", "r", HttpStatusCode.BadRequest));
        Assert.False(reading.IsCompleted);
        Assert.Contains("retrying", _model.ReadProblems["repositories"], StringComparison.Ordinal);

        await reads.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(reading.IsCompletedSuccessfully);
    }
}
