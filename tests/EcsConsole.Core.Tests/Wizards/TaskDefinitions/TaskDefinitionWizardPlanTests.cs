using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

public sealed class TaskDefinitionWizardPlanTests
{
    [Fact]
    public void Plan_ReportsInput_CreatesTheLogGroupSetsRetentionThenRegisters()
    {
        var (plan, errors) = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports());

        Assert.Empty(errors);
        Assert.Equal(["logs:CreateLogGroup", "logs:PutRetentionPolicy", "ecs:RegisterTaskDefinition"], plan!.Calls.Select(c => c.Action));
        Assert.Equal("/ecs/reports", JsonNode.Parse(plan.Calls[0].Body)!["logGroupName"]!.GetValue<string>());
        Assert.Equal("DeleteLogGroup", plan.Calls[0].Undo!.Operation);
        Assert.Equal(14, JsonNode.Parse(plan.Calls[1].Body)!["retentionInDays"]!.GetValue<int>());
    }

    [Fact]
    public void Plan_Registration_DeclaresTheArnAndDeregistersItOnUndo()
    {
        var register = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!.Calls[^1];

        Assert.Equal("TaskDefinition", register.Key);
        Assert.Equal("taskDefinition.taskDefinitionArn", register.Outputs!["Arn"]);
        Assert.Equal("""{"taskDefinition":"${TaskDefinition.Arn}"}""", register.Undo!.Body);
    }

    [Fact]
    public void Plan_InvalidInput_ReturnsErrorsAndNoPlan()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Memory = 3000;

        var (plan, errors) = TaskDefinitionWizard.Plan(input);

        Assert.Null(plan);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Plan_NoRetention_LeavesOutPutRetentionPolicy()
    {
        var input = TaskDefinitionInputs.Reports();
        input.LogRetentionDays = null;

        Assert.DoesNotContain(TaskDefinitionWizard.Plan(input).Plan!.Calls, c => c.Operation == "PutRetentionPolicy");
    }

    [Fact]
    public void Preview_ReportsInput_IsTheRegisterRequestWithModelMemberNames()
    {
        var body = JsonNode.Parse(TaskDefinitionWizard.Preview(TaskDefinitionInputs.Reports()))!;
        var container = body["containerDefinitions"]![0]!;

        Assert.Equal("reports", body["family"]!.GetValue<string>());
        Assert.Equal("512", body["cpu"]!.GetValue<string>());
        Assert.Equal("FARGATE", body["requiresCompatibilities"]![0]!.GetValue<string>());
        Assert.Equal($"{TaskDefinitionInputs.Registry}/blog:latest", container["image"]!.GetValue<string>());
        Assert.Equal(8080, container["portMappings"]![0]!["hostPort"]!.GetValue<int>());
        Assert.Equal("http", container["portMappings"]![0]!["appProtocol"]!.GetValue<string>());
        Assert.Equal(["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"], container["healthCheck"]!["command"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("/ecs/reports", container["logConfiguration"]!["options"]!["awslogs-group"]!.GetValue<string>());
        Assert.Equal(TaskDefinitionInputs.Secret, container["secrets"]![0]!["valueFrom"]!.GetValue<string>());
    }

    [Fact]
    public void Preview_TagWithoutValue_IsLeftOut()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Tags.Add(new Core.Wizards.Iam.WizardTag("owner", ""));

        var tags = JsonNode.Parse(TaskDefinitionWizard.Preview(input))!["tags"]!.AsArray().Select(t => t!["key"]!.GetValue<string>());

        Assert.Equal(["team", "service"], tags);
    }

    [Fact]
    public void Preview_DigestInsteadOfTag_JoinsWithAt()
    {
        var input = TaskDefinitionInputs.Reports();
        input.Containers[0].Tag = "sha256:" + new string('a', 64);

        var image = JsonNode.Parse(TaskDefinitionWizard.Preview(input))!["containerDefinitions"]![0]!["image"]!.GetValue<string>();

        Assert.Equal($"{TaskDefinitionInputs.Registry}/blog@sha256:{new string('a', 64)}", image);
    }

    [Fact]
    public void FromExisting_RevisionWithWhatTheWizardDoesNotEdit_KeepsItInTheNewRevision()
    {
        var existing = new TaskDefinition
        {
            Family = "users",
            Revision = 3,
            Cpu = "256",
            Memory = "512",
            NetworkMode = "awsvpc",
            RequiresCompatibilities = ["FARGATE"],
            ExecutionRoleArn = TaskDefinitionInputs.ExecutionRole,
            Volumes = [new Volume { Name = "scratch" }],
            ContainerDefinitions =
            [
                new ContainerDefinition
                {
                    Name = "users",
                    Image = $"{TaskDefinitionInputs.Registry}/users:1.4.2",
                    Essential = true,
                    Command = ["serve", "--port", "8080"],
                    MountPoints = [new MountPoint { SourceVolume = "scratch", ContainerPath = "/tmp/scratch" }],
                    LogConfiguration = new LogConfiguration
                    {
                        LogDriver = "awslogs",
                        Options = new Dictionary<string, string>
                        {
                            ["awslogs-group"] = "/ecs/users",
                            ["awslogs-region"] = "eu-west-1",
                            ["awslogs-stream-prefix"] = "ecs",
                            ["awslogs-create-group"] = "true",
                        },
                    },
                },
            ],
        };

        var input = TaskDefinitionWizardSource.FromExisting(existing, [new Tag { Key = "team", Value = "identity" }], "us-east-1");
        input.Containers[0].Tag = "1.5.0";
        var body = TaskDefinitionWizard.Body(input);
        var container = body["containerDefinitions"]![0]!;

        Assert.Equal("users:3", input.BasedOn);
        Assert.Equal(("" + TaskDefinitionInputs.Registry + "/users", "1.5.0"), (input.Containers[0].Repository, input.Containers[0].Tag));
        Assert.Equal("eu-west-1", input.Region);
        Assert.Equal($"{TaskDefinitionInputs.Registry}/users:1.5.0", container["image"]!.GetValue<string>());
        Assert.Equal("scratch", body["volumes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(["serve", "--port", "8080"], container["command"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("/tmp/scratch", container["mountPoints"]![0]!["containerPath"]!.GetValue<string>());
        Assert.Equal("true", container["logConfiguration"]!["options"]!["awslogs-create-group"]!.GetValue<string>());
        Assert.Equal("identity", body["tags"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void CloudFormation_ReportsPlan_MapsTheLogGroupAndTaskDefinitionWithCapitalizedProperties()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!))!;
        var group = template["Resources"]!["EcsReportsLogGroup"]!;
        var definition = template["Resources"]!["TaskDefinition"]!;
        var container = definition["Properties"]!["ContainerDefinitions"]![0]!;

        Assert.Equal("AWS::Logs::LogGroup", group["Type"]!.GetValue<string>());
        Assert.Equal(14, group["Properties"]!["RetentionInDays"]!.GetValue<int>());
        Assert.Equal("AWS::ECS::TaskDefinition", definition["Type"]!.GetValue<string>());
        Assert.Equal("EcsReportsLogGroup", definition["DependsOn"]![0]!.GetValue<string>());
        Assert.Equal(8080, container["PortMappings"]![0]!["ContainerPort"]!.GetValue<int>());
        Assert.Equal("/ecs/reports", container["LogConfiguration"]!["Options"]!["awslogs-group"]!.GetValue<string>());
        Assert.Equal(TaskDefinitionInputs.Secret, container["Secrets"]![0]!["ValueFrom"]!.GetValue<string>());
        Assert.Equal("TaskDefinition", template["Outputs"]!["TaskDefinitionArn"]!["Value"]!["Ref"]!.GetValue<string>());
    }

    [Fact]
    public void CliScript_ReportsPlan_GuardsTheLogGroupAndCapturesTheArn()
    {
        var script = AwsCliScriptExporter.Export(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!);

        Assert.Contains("aws logs describe-log-groups --log-group-name-prefix '/ecs/reports'", script, StringComparison.Ordinal);
        Assert.Contains("|| aws logs create-log-group --log-group-name '/ecs/reports'", script, StringComparison.Ordinal);
        Assert.Contains("aws ecs register-task-definition --family 'reports'", script, StringComparison.Ordinal);
        Assert.Contains("--query 'taskDefinition.taskDefinitionArn' --output text", script, StringComparison.Ordinal);
    }
}
