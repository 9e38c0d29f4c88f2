using EcsConsole.Core.Delivery;
using EcsConsole.Web.Model.Delivery;
using MudBlazor;

namespace EcsConsole.Web.Tests.Delivery;

public sealed class DeliveryRowTests
{
    private static DeliveryRecord Record(DeliveryState state) => new()
    {
        Id = 7,
        PolicyName = "news-v",
        Cluster = "staging",
        Service = "news",
        Repository = "news",
        Image = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:v1.5.0",
        ImageTag = "v1.5.0",
        ImageDigest = "sha256:fbd27677329c0123456789abcdef0123456789abcdef0123456789abcdef0123",
        State = state,
    };

    [Theory]
    [InlineData(DeliveryState.Succeeded, "succeeded")]
    [InlineData(DeliveryState.RolledBack, "rolled back")]
    [InlineData(DeliveryState.Superseded, "skipped (superseded)")]
    [InlineData(DeliveryState.AwaitingApproval, "waiting for approval")]
    public void From_State_UsesTheIssuesWords(DeliveryState state, string expected) =>
        Assert.Equal(expected, DeliveryRow.From(Record(state)).Outcome);

    [Fact]
    public void From_ApprovedPolicyRollout_NamesPolicyAndApprover()
    {
        var record = Record(DeliveryState.Deploying);
        record.Actor = "policy:news-v";
        record.ApprovedBy = "alice";
        record.DeploymentArn = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/staging/news/AbC123";

        var row = DeliveryRow.From(record);

        Assert.Equal("policy:news-v, approved by alice", row.By);
        Assert.Equal("/clusters/staging/services/news/deployments/AbC123", row.DeploymentLink);
        Assert.Equal("sha256:fbd27677329c", row.ShortDigest);
        Assert.Equal(Color.Info, row.OutcomeColor);
    }

    [Fact]
    public void From_WaitingRecord_AwaitsDecisionAndIsNotDeployed()
    {
        var row = DeliveryRow.From(Record(DeliveryState.AwaitingApproval));

        Assert.True(row.AwaitsDecision);
        Assert.Null(row.DeploymentLink);
        Assert.Equal("policy:news-v", row.By);
    }
}
