using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

/// <summary>Valid inputs in the sandbox's account and region, for the tests to start from.</summary>
internal static class TaskDefinitionInputs
{
    public const string Registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com";

    public const string ExecutionRole = "arn:aws:iam::000000000000:role/ecsTaskExecutionRole";

    public const string Secret = "arn:aws:secretsmanager:eu-west-1:000000000000:secret:reports/database-a1b2c3";

    /// <summary>A Fargate task of one ECR container with a port, a secret, a health check and awslogs.</summary>
    public static TaskDefinitionWizardInput Reports(string family = "reports") => new()
    {
        Family = family,
        Compatibility = "FARGATE",
        NetworkMode = "awsvpc",
        Cpu = 512,
        Memory = 1024,
        Region = "eu-west-1",
        ExecutionRoleArn = ExecutionRole,
        LogRetentionDays = 14,
        Tags = [new WizardTag("team", "reports"), new WizardTag("service", family)],
        Containers =
        [
            new ContainerInput
            {
                Name = "web",
                Repository = $"{Registry}/blog",
                Tag = "latest",
                Ports = [new PortMappingInput { ContainerPort = 8080, Protocol = "tcp", AppProtocol = "http", Name = "web-8080" }],
                Environment = [new EnvironmentVariableInput { Name = "LOG_LEVEL", Value = "info" }],
                Secrets = [new SecretInput { Name = "DATABASE_PASSWORD", ValueFrom = Secret }],
                HealthCheck = new HealthCheckInput { Enabled = true, Command = "curl -f http://localhost:8080/health || exit 1", Interval = 10, Timeout = 5, Retries = 3, StartPeriod = 15 },
            },
        ],
    };
}
