using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
namespace EcsConsole.Core.Tests.Fleet;

public sealed class LeftOutTasksTests
{
    private static AwsReadIssue Issue(string path, string skipped, string collection) =>
        new("ECS", "DescribeTasks", path, skipped, collection, "an object where text is due");

    [Fact]
    public void Problem_NothingLeftOut_IsNull()
    {
        var leftOut = new LeftOutTasks();
        leftOut.Add([]);
        leftOut.Add([Issue("failures[0].reason", "failures[0]", "failures")]);

        Assert.Null(leftOut.Problem());
    }

    [Fact]
    public void Problem_OneTaskSkipped_SaysOneTaskCouldNotBeReadAndWhere()
    {
        var leftOut = new LeftOutTasks();
        leftOut.Add([Issue("tasks[3].lastStatus", "tasks[3]", "tasks")]);

        var problem = leftOut.Problem()!;

        Assert.Equal(SectionProblem.Tasks, problem.Section);
        Assert.StartsWith("1 task could not be read in full and is left out. First at tasks[3].lastStatus:", problem.Message);
        Assert.False(problem.Transient);
        Assert.DoesNotContain("..", problem.Message);
    }

    [Fact]
    public void Problem_PartsOfTasksInTwoAnswers_CountsEachTaskOnce()
    {
        var leftOut = new LeftOutTasks();
        leftOut.Add([
            Issue("tasks[0].containers[0].exitCode", "tasks[0].containers[0]", "tasks[0].containers"),
            Issue("tasks[0].containers[1].exitCode", "tasks[0].containers[1]", "tasks[0].containers"),
        ]);
        leftOut.Add([Issue("tasks[0].attachments[0].status", "tasks[0].attachments[0]", "tasks[0].attachments")]);

        var problem = leftOut.Problem()!;

        Assert.Equal(2, leftOut.Tasks);
        Assert.StartsWith("2 tasks could not be read in full: the parts that could not be read are left out.", problem.Message);
    }
}
