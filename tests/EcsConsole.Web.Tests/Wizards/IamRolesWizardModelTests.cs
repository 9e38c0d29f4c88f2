using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Web.Components.Pages.Wizards;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class IamRolesWizardModelTests
{
    private static IamRolesWizardModel Ready()
    {
        var model = new IamRolesWizardModel();
        model.Input.ServiceName = "users";
        model.Next();
        model.Input.Tags[0] = new WizardTag("team", "identity");
        return model;
    }

    [Fact]
    public void Next_FromRoles_FillsNamesAndTheServiceTag()
    {
        var model = Ready();

        Assert.Equal(1, model.Step);
        Assert.Equal("users-task", model.Input.TaskRoleName);
        Assert.Equal("users-execution", model.Input.ExecutionRoleName);
        Assert.Equal(new WizardTag("service", "users"), model.Input.Tags[1]);
    }

    [Fact]
    public void BuildPlan_BadName_KeepsNoPlanAndNamesTheField()
    {
        var model = Ready();
        model.Input.TaskRoleName = "users task";

        Assert.False(model.BuildPlan());
        Assert.Null(model.Plan);
        Assert.Contains("letters, digits", model.ErrorFor(nameof(IamRolesWizardInput.TaskRoleName)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddGrant_AfterAPlan_DropsTheStalePlan()
    {
        var model = Ready();
        Assert.True(model.BuildPlan());
        model.NewGrantResource = "arn:aws:dynamodb:eu-west-1:000000000000:table/users";

        model.AddGrant();

        Assert.Null(model.Plan);
        Assert.True(model.BuildPlan());
        Assert.Contains(model.Plan!.Calls, c => c.Operation == "PutRolePolicy");
    }

    [Fact]
    public void InputAsJson_RoundTrip_KeepsRolesNamesAndGrants()
    {
        var model = Ready();
        model.Toggle(EcsRoleKind.ContainerInstance, true);
        model.Input.TaskGrants.Add(new ResourceGrant(GrantResourceKind.S3Bucket, "users-avatars", GrantAccess.ReadWrite));

        var copy = IamRolesWizardModel.FromJson(model.InputAsJson());

        Assert.Contains(EcsRoleKind.ContainerInstance, copy.Input.Roles);
        Assert.Equal("users-task", copy.Input.TaskRoleName);
        Assert.Equal(model.Input.TaskGrants, copy.Input.TaskGrants);
    }

    [Fact]
    public void Readable_CreateRoleBody_ShowsTheTrustPolicyAsJson()
    {
        var model = Ready();
        model.BuildPlan();

        var readable = IamRolesWizardModel.Readable(model.Plan!.Calls.First(c => c.Operation == "CreateRole").Body);

        Assert.Contains("\"Service\": \"ecs-tasks.amazonaws.com\"", readable, StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_WithAPlan_AreScriptAndTemplate()
    {
        var model = Ready();
        model.BuildPlan();

        Assert.StartsWith("#!/usr/bin/env bash", model.CliScript(), StringComparison.Ordinal);
        Assert.Contains("AWS::IAM::Role", model.CloudFormation(), StringComparison.Ordinal);
        Assert.StartsWith("data:application/json;base64,", IamRolesWizardModel.DataUri("application/json", model.CloudFormation()), StringComparison.Ordinal);
    }
}
