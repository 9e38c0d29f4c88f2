using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards;

public sealed class ExportersTests
{
    [Fact]
    public void CloudFormation_Plan_HasTheRightResourceTypesAndProperties()
    {
        var (plan, _) = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput());

        var template = JsonNode.Parse(CloudFormationExporter.Export(plan!))!;

        var resources = template["Resources"]!.AsObject();
        Assert.Equal("2010-09-09", template["AWSTemplateFormatVersion"]!.GetValue<string>());
        Assert.Equal(4, resources.Count(r => r.Value!["Type"]!.GetValue<string>() == "AWS::IAM::Role"));
        Assert.Equal("AWS::IAM::InstanceProfile", resources["EcsInstanceInstanceProfile"]!["Type"]!.GetValue<string>());
        Assert.Equal("EcsInstanceRole", resources["EcsInstanceInstanceProfile"]!["Properties"]!["Roles"]![0]!["Ref"]!.GetValue<string>());
        Assert.Equal("AWS::IAM::ServiceLinkedRole", resources["EcsAmazonawsComServiceLinkedRole"]!["Type"]!.GetValue<string>());
        var execution = resources["UsersExecutionRole"]!["Properties"]!;
        Assert.Equal("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy", execution["ManagedPolicyArns"]![0]!.GetValue<string>());
        Assert.Equal("read-task-secrets", execution["Policies"]![0]!["PolicyName"]!.GetValue<string>());
        // Policy documents are JSON objects in a template, not strings.
        Assert.IsType<JsonObject>(execution["AssumeRolePolicyDocument"]);
        Assert.IsType<JsonObject>(execution["Policies"]![0]!["PolicyDocument"]);
        Assert.Equal("service", execution["Tags"]![1]!["Key"]!.GetValue<string>());
    }

    [Fact]
    public void AwsCliScript_Plan_EachCallCarriesEndpointArgsAndGuardsCreates()
    {
        var (plan, _) = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput());

        var script = AwsCliScriptExporter.Export(plan!);

        var commands = script.Split('\n').Where(l => l.StartsWith("aws ", StringComparison.Ordinal)).ToList();
        Assert.Equal(plan!.Calls.Count, commands.Count);
        Assert.All(commands, c => Assert.EndsWith("${ENDPOINT_ARGS} >/dev/null", c, StringComparison.Ordinal));
        Assert.Contains("aws iam get-role --role-name 'users-task' ${ENDPOINT_ARGS} >/dev/null 2>&1 || aws iam create-role --role-name 'users-task' --assume-role-policy-document '{", script, StringComparison.Ordinal);
        Assert.Contains("aws iam create-service-linked-role --aws-service-name 'ecs.amazonaws.com'", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AssumeRolePolicyDocument", "assume-role-policy-document")]
    [InlineData("AWSServiceName", "aws-service-name")]
    [InlineData("CreateServiceLinkedRole", "create-service-linked-role")]
    [InlineData("RoleName", "role-name")]
    public void Kebab_ModelName_MatchesTheCliOption(string name, string option)
    {
        Assert.Equal(option, AwsCliScriptExporter.Kebab(name));
    }

    [Fact]
    public void Quote_SingleQuote_StaysLiteralInBash()
    {
        Assert.Equal("'it'\\''s'", AwsCliScriptExporter.Quote("it's"));
    }
}
