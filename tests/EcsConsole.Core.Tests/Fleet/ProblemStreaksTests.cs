using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class ProblemStreaksTests
{
    private static readonly AwsProblem Throttled = new("DescribeTasks in cluster prod", "ThrottlingException", "Rate exceeded", "req-1", "Wait.")
    {
        Operation = "DescribeTasks",
        Transient = true,
    };

    private readonly RecordingLogger<ProblemStreaksTests> _log = new();

    [Fact]
    public void Failed_SameFailureEveryPoll_LogsOneWarningWithOperationCodeAndRequestId()
    {
        var streaks = new ProblemStreaks(_log);

        foreach (var requestId in new[] { "req-1", "req-2", "req-3" })
        {
            streaks.Failed("Service prod/users", Throttled with { RequestId = requestId });
        }

        var warning = Assert.Single(_log.Warnings);
        Assert.Contains("DescribeTasks", warning);
        Assert.Contains("ThrottlingException", warning);
        Assert.Contains("req-1", warning);
        Assert.Contains("transient", warning);
    }

    [Fact]
    public void Failed_AfterASuccess_StartsANewStreakAndLogsAgain()
    {
        var streaks = new ProblemStreaks(_log);

        streaks.Failed("Service prod/users", Throttled);
        streaks.Succeeded("Service prod/users");
        streaks.Failed("Service prod/users", Throttled);

        Assert.Equal(2, _log.Warnings.Count);
    }

    [Fact]
    public void Failed_DifferentCodeWithinAStreak_LogsTheNewFailure()
    {
        var streaks = new ProblemStreaks(_log);

        streaks.Failed("Service prod/users", Throttled);
        streaks.Failed("Service prod/users", Throttled with { Code = "AccessDeniedException", Transient = false });

        Assert.Equal(2, _log.Warnings.Count);
        Assert.Contains("AccessDeniedException", _log.Warnings[1]);
    }

    [Fact]
    public void SucceededExcept_SectionNoLongerFailing_EndsOnlyItsStreak()
    {
        var streaks = new ProblemStreaks(_log);
        streaks.Failed("Service prod/users · Tasks", Throttled);
        streaks.Failed("Service prod/users · Auto scaling", Throttled);

        streaks.SucceededExcept("Service prod/users · ", ["Service prod/users · Auto scaling"]);
        streaks.Failed("Service prod/users · Tasks", Throttled);
        streaks.Failed("Service prod/users · Auto scaling", Throttled);

        Assert.Equal(3, _log.Warnings.Count);
    }
}
