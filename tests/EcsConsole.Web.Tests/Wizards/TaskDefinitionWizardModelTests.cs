using Bunit;
using EcsConsole.Core.Images;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Web.Components.Pages.Wizards;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class TaskDefinitionWizardModelTests : ConsoleComponentTest
{
    private const string Registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com";

    private static TaskDefinitionWizardModel Ready()
    {
        var model = TaskDefinitionWizardModel.For(new TaskDefinitionWizardInput { Family = "reports", Region = "eu-west-1", Tags = [new WizardTag("team", "reports")] });
        model.Repositories = [new RepositorySummary("blog", $"{Registry}/blog", $"arn:aws:ecr:eu-west-1:000000000000:repository/blog", null, "MUTABLE", true, null)];
        model.Roles = [new TaskRoleChoice("ecsTaskExecutionRole", "arn:aws:iam::000000000000:role/ecsTaskExecutionRole")];
        model.SetTags($"{Registry}/blog", ["2.0.1", "2.0.0"]);
        return model;
    }

    [Fact]
    public void SetCpu_MemoryFargateRefusesWithIt_MovesToTheSmallestItTakes()
    {
        var model = Ready();
        model.SetMemory(512);

        model.SetCpu(1024);

        Assert.Equal(2048, model.Input.Memory);
        Assert.Equal(FargateTaskSizes.MemoriesFor(1024), model.MemoryOptions);
    }

    [Fact]
    public void SetCpu_MemoryForcedToChange_SaysSo()
    {
        var model = Ready();
        model.SetMemory(512);

        model.SetCpu(1024);

        Assert.Equal("Memory changed from 512 to 2048 MiB: Fargate runs 1024 CPU units with 2048 to 8192 MiB only.", model.SizeNotice);
    }

    [Fact]
    public void SetCpu_MemoryStillValid_SaysNothing()
    {
        var model = Ready();
        model.SetCpu(1024);
        model.SetMemory(4096);

        model.SetCpu(2048);

        Assert.Equal(4096, model.Input.Memory);
        Assert.Null(model.SizeNotice);
    }

    [Fact]
    public void ApplyTags_NewestImageTaggedBroken_PreselectsTheNewestGoodTag()
    {
        var model = Ready();
        var container = model.Input.Containers[0];
        container.Repository = $"{Registry}/blog";
        container.Tag = "";

        model.ApplyTags(container, $"{Registry}/blog", ["broken", "2.1.0", "latest"]);

        Assert.Equal("2.1.0", container.Tag);
    }

    [Fact]
    public void SetRepository_NewRevisionRunningANewerVersion_NeverPreselectsAnOlderOne()
    {
        var model = TaskDefinitionWizardModel.For(new TaskDefinitionWizardInput
        {
            Family = "blog", BasedOn = "blog:7", Containers = [new ContainerInput { Name = "blog", Repository = $"{Registry}/blog", Tag = "2.0.1" }],
        });
        model.SetTags($"{Registry}/other", ["1.9.0", "2.0.0"]);

        model.SetRepository(model.Input.Containers[0], $"{Registry}/other");

        Assert.Equal("", model.Input.Containers[0].Tag);
    }

    [Fact]
    public void SetCompatibility_BackToFargate_ForcesAwsvpc()
    {
        var model = Ready();
        model.SetCompatibility("EC2");
        model.Input.NetworkMode = "bridge";

        model.SetCompatibility("FARGATE");

        Assert.Equal("awsvpc", model.Input.NetworkMode);
    }

    [Fact]
    public void SetRepository_KnownTags_PreselectsTheNewest()
    {
        var model = Ready();

        model.SetRepository(model.Input.Containers[0], $"{Registry}/blog");

        Assert.Equal("2.0.1", model.Input.Containers[0].Tag);
        Assert.Equal("blog", model.RepositoryOf(model.Input.Containers[0])?.Name);
    }

    [Fact]
    public void Next_ContainersWithoutImage_StaysWithTheContainerMessage()
    {
        var model = Ready();
        Assert.True(model.Next());

        Assert.False(model.Next());

        Assert.Equal(1, model.Step);
        Assert.Contains(model.ErrorsUnder("Containers[0]"), m => m.Contains("pick the image's repository", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_ThroughEveryStep_BuildsThePlanAtThePlanStep()
    {
        var model = Ready();
        model.SetRepository(model.Input.Containers[0], $"{Registry}/blog");
        model.Input.ExecutionRoleArn = model.Roles[0].Arn;

        while (model.Step < model.PlanStep)
        {
            Assert.True(model.Next(), string.Join("; ", model.Errors.Select(e => e.Message)));
        }

        Assert.Equal(["logs:CreateLogGroup", "logs:PutRetentionPolicy", "ecs:RegisterTaskDefinition"], model.Plan!.Calls.Select(c => c.Action));
        Assert.Contains("aws ecs register-task-definition", model.CliScript(), StringComparison.Ordinal);
        Assert.Contains("AWS::ECS::TaskDefinition", model.CloudFormation(), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_RolesStepWithoutExecutionRole_SaysWhyItIsNeeded()
    {
        var model = Ready();
        model.SetRepository(model.Input.Containers[0], $"{Registry}/blog");
        model.Next();
        model.Next();

        Assert.False(model.Next());

        Assert.Contains("pick an execution role", model.ErrorFor(nameof(TaskDefinitionWizardInput.ExecutionRoleArn)), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_AfterAPlan_DropsTheStalePlan()
    {
        var model = Ready();
        model.SetRepository(model.Input.Containers[0], $"{Registry}/blog");
        model.Input.ExecutionRoleArn = model.Roles[0].Arn;
        Assert.True(model.BuildPlan());

        model.AddPort(model.Input.Containers[0]);

        Assert.Null(model.Plan);
    }

    [Fact]
    public void FromJson_SavedInput_RoundTrips()
    {
        var model = Ready();
        model.SetRepository(model.Input.Containers[0], $"{Registry}/blog");

        var copy = TaskDefinitionWizardModel.FromJson(model.InputAsJson());

        Assert.Equal($"{Registry}/blog:2.0.1", copy.Input.Containers[0].Image);
        Assert.Equal("reports", copy.Input.Family);
    }

    [Fact]
    public void RegisteredRevisionLink_SucceededRun_PointsAtTheNewRevision()
    {
        var run = new WizardRunRecord
        {
            Id = "r1",
            Wizard = TaskDefinitionWizard.Id,
            Summary = "task definition reports",
            StartedBy = "alice",
            State = WizardRunState.Succeeded,
            Steps =
            [
                new() { RunId = "r1", Index = 0, Service = "ecs", Operation = "RegisterTaskDefinition", Body = "{}", Creates = "task definition reports", ExistenceCheck = "none",
                    State = WizardStepState.Created, Outcome = "arn:aws:ecs:eu-west-1:000000000000:task-definition/reports:3" },
            ],
        };

        Assert.Equal("/task-definitions/reports/3", TaskDefinitionWizardModel.RegisteredRevisionLink(run));
    }

    [Fact]
    public void RolesStep_LoadedArnTheAccountLacks_WarnsThatEcsWillRefuseIt()
    {
        var model = Ready();
        model.Input.TaskRoleArn = "arn:aws:iam::000000000000:role/users-task-role";

        var view = Context.Render<TaskDefinitionRolesStep>(p => p.Add(s => s.Model, model));

        Assert.Contains("ECS will refuse it", view.Find("[data-testid=td-TaskRoleArn-missing]").TextContent, StringComparison.Ordinal);
        Assert.Empty(view.FindAll("[data-testid=td-ExecutionRoleArn-missing]"));
    }
}
