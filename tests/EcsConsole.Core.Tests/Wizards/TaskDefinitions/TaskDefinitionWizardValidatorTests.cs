using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

public sealed class TaskDefinitionWizardValidatorTests
{
    [Fact]
    public void Validate_ReportsInput_HasNoErrors() => Assert.Empty(TaskDefinitionWizardValidator.Validate(TaskDefinitionInputs.Reports()));

    [Fact]
    public void Validate_FamilyWithColon_SaysWhichCharactersAreAllowed()
    {
        var errors = TaskDefinitionWizardValidator.Validate(TaskDefinitionInputs.Reports("reports:v2"));

        var error = Assert.Single(errors);
        Assert.Equal("Family", error.Field);
        Assert.Contains("letters, digits, hyphens and underscores", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidFargatePair_ListsTheMemoriesThatCpuTakes()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Cpu = 256;
        input.Memory = 4096;

        var error = Assert.Single(TaskDefinitionWizardValidator.Validate(input));

        Assert.Equal("Memory", error.Field);
        Assert.Equal("With 256 CPU units Fargate takes 512, 1024, 2048 MiB of memory, not 4096.", error.Message);
    }

    [Fact]
    public void Validate_FargateWithBridge_AsksForAwsvpc()
    {
        var input = TaskDefinitionInputs.Reports();
        input.NetworkMode = "bridge";

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "NetworkMode" && e.Message.Contains("awsvpc", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoEssentialContainer_SaysToMarkOne()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Essential = false;

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Message.StartsWith("Mark at least one container essential", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoContainers_ReturnsAMessageInsteadOfThrowing()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers.Clear();

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "Containers" && e.Message.Contains("1 to 10 containers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void Validate_PortOutOfRange_SaysTheRange(int port)
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Ports[0].ContainerPort = port;

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "Containers[0].Ports[0].ContainerPort" && e.Message.Contains("1-65535", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SecretFromAPlainName_AsksForASecretOrParameterArn()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Secrets[0].ValueFrom = "reports/database";

        var error = Assert.Single(TaskDefinitionWizardValidator.Validate(input));
        Assert.Equal("Containers[0].Secrets", error.Field);
        Assert.Contains("Secrets Manager secret ARN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SsmParameterArn_IsAccepted()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Secrets[0].ValueFrom = "arn:aws:ssm:eu-west-1:000000000000:parameter/reports/database";

        Assert.Empty(TaskDefinitionWizardValidator.Validate(input));
    }

    [Theory]
    [InlineData(4, 5, 3, 0, "interval must be 5-300 seconds, not 4")]
    [InlineData(30, 121, 3, 0, "timeout must be 2-120 seconds, not 121")]
    [InlineData(30, 5, 11, 0, "retries must be 1-10, not 11")]
    [InlineData(30, 5, 3, 301, "start period must be 0-300 seconds, not 301")]
    public void Validate_HealthCheckOutOfRange_NamesTheSettingAndRange(int interval, int timeout, int retries, int startPeriod, string expected)
    {
        var input = TaskDefinitionInputs.Reports();
        var health = input.Containers[0].HealthCheck;
        (health.Interval, health.Timeout, health.Retries, health.StartPeriod) = (interval, timeout, retries, startPeriod);

        var error = Assert.Single(TaskDefinitionWizardValidator.Validate(input));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FargateEcrImageWithoutExecutionRole_SaysWhyOneIsNeeded()
    {
        var input = TaskDefinitionInputs.Reports();
        input.ExecutionRoleArn = "";

        var error = Assert.Single(TaskDefinitionWizardValidator.Validate(input));
        Assert.Equal("ExecutionRoleArn", error.Field);
        Assert.Equal("The task reads secrets, writes awslogs, pulls from ECR: pick an execution role (create one with the IAM roles wizard).", error.Message);
    }

    [Fact]
    public void Validate_RoleNameInsteadOfArn_AsksForTheArn()
    {
        var input = TaskDefinitionInputs.Reports();
        input.TaskRoleArn = "reports-task";

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "TaskRoleArn" && e.Message.Contains("is not an IAM role ARN", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ImageWithoutTag_AsksForATagOrDigest()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Tag = "";

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "Containers[0].Tag");
    }

    [Fact]
    public void Validate_ContainersReserveMoreThanTheTask_SaysBothSizes()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].MemoryReservation = 768;
        input.Containers.Add(new ContainerInput { Name = "sidecar", Repository = $"{TaskDefinitionInputs.Registry}/news", Tag = "latest", Essential = false, MemoryReservation = 512 });

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Message.Contains("reserve 1280 MiB together, more than the task's 1024 MiB", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RetentionLogsDoesNotOffer_ListsTheAllowedDays()
    {
        var input = TaskDefinitionInputs.Reports();
        input.LogRetentionDays = 10;

        Assert.Contains(TaskDefinitionWizardValidator.Validate(input), e => e.Field == "LogRetentionDays" && e.Message.Contains("1, 3, 5, 7, 14", StringComparison.Ordinal));
    }
}
