using EcsConsole.Core.Audit;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>
/// Promotion from the sandbox's default account (staging) to its platform account (production): the digest copied, the
/// cross-account ECR pull read from the source repository's policy, the role checked on the target, audited on both.
/// </summary>
public sealed class CrossAccountPromotionTests
{
    internal const string ExecutionRole = "arn:aws:iam::222222222222:role/ecsTaskExecutionRole";

    [Fact]
    public async Task Plan_NoRepositoryPolicy_SaysPlainlyWhichPullIsMissing_AndPromoteIsRefusedAndAudited()
    {
        await using var sandbox = await StartAsync();
        var promotion = Promotion(sandbox);

        var plan = await promotion.PlanAsync("default", "eu-west-1", "staging", "news", "platform", "eu-west-1", "platform");

        Assert.False(plan.PullAllowed);
        var pull = Assert.Single(plan.Pulls);
        Assert.Equal("000000000000.dkr.ecr.eu-west-1.amazonaws.com/news", pull.RepositoryUri);
        Assert.Contains("Repository news has no repository policy", pull.Pull.Explanation, StringComparison.Ordinal);
        Assert.Contains("CannotPullContainerError", pull.Pull.Explanation, StringComparison.Ordinal);
        Assert.Contains(ExecutionRole, pull.Pull.SuggestedStatement!, StringComparison.Ordinal);
        Assert.Equal(CrossAccountPull.PullActions, pull.Pull.Missing);
        var before = TargetImage(sandbox);
        await Assert.ThrowsAsync<DeliveryValidationException>(() => promotion.PromoteAsync(plan, "release 1.4", null));
        Assert.Equal(before, TargetImage(sandbox));
        var audited = Assert.Single(await AuditAsync(sandbox, CrossAccountPromotion.AuditOperation));
        Assert.Equal((AuditOutcome.Denied, "default"), (audited.Outcome, audited.ConnectionName));
    }

    [Fact]
    public async Task Promote_PolicyAllowsTheTargetsExecutionRole_RollsTheExactDigestOutOnTheTarget_AuditedOnBoth()
    {
        await using var sandbox = await StartAsync();
        sandbox.Sandbox.Engine.Ecr.SetRepositoryPolicy("news", $$"""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{ExecutionRole}}"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]}]}
            """);
        var sourceImage = sandbox.Sandbox.Engine.Read(s =>
            s.TaskDefinitions.Single(t => t.Arn == s.FindCluster("staging")!.Services.Single(v => v.Name == "news").TaskDefinitionArn).Containers[0].Image);
        var promotion = Promotion(sandbox);

        var plan = await promotion.PlanAsync("default", "eu-west-1", "staging", "news", "platform", "eu-west-1", "platform");
        var started = await promotion.PromoteAsync(plan, "release 1.4", null);

        Assert.True(plan.PullAllowed);
        var change = Assert.Single(plan.Rollout.ImageChanges);
        Assert.StartsWith("000000000000.dkr.ecr.eu-west-1.amazonaws.com/news@sha256:", change.To, StringComparison.Ordinal);
        Assert.Equal(sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.Images.Single(i => i.Tags.Contains(sourceImage.Split(':')[^1])).Digest), change.To.Split('@')[1]);
        Assert.Equal(change.To, TargetImage(sandbox));
        Assert.Contains(":222222222222:", started.TaskDefinitionArn, StringComparison.Ordinal);
        var source = Assert.Single(await AuditAsync(sandbox, CrossAccountPromotion.AuditOperation));
        Assert.Equal((AuditOutcome.Succeeded, "default", "000000000000"), (source.Outcome, source.ConnectionName, source.AccountId));
        var target = Assert.Single(await AuditAsync(sandbox, "Rollout.Start"));
        Assert.Equal((AuditOutcome.Succeeded, "platform", "222222222222"), (target.Outcome, target.ConnectionName, target.AccountId));
    }

    [Fact]
    public async Task Promote_ViewerOnTheTarget_RefusedThereAndAuditedOnBoth()
    {
        await using var sandbox = await StartAsync(new Dictionary<string, string?> { ["Connections:platform:Roles:Others"] = "Viewer" });
        sandbox.Sandbox.Engine.Ecr.SetRepositoryPolicy("news", """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"ecr:*"}]}
            """);
        var promotion = Promotion(sandbox);
        var plan = await promotion.PlanAsync("default", "eu-west-1", "staging", "news", "platform", "eu-west-1", "platform");
        var before = TargetImage(sandbox);

        await Assert.ThrowsAsync<OperationDeniedException>(() => promotion.PromoteAsync(plan, "release 1.4", null));

        Assert.Equal(before, TargetImage(sandbox));
        Assert.Equal((AuditOutcome.Denied, "default"), Single(await AuditAsync(sandbox, CrossAccountPromotion.AuditOperation)));
        Assert.Equal((AuditOutcome.Denied, "platform"), Single(await AuditAsync(sandbox, "Rollout.Start")));
    }

    [Theory]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*"}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":["222222222222"]},"Action":["ecr:Batch*","ecr:GetDownloadUrlForLayer"]}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::333333333333:root"},"Action":"ecr:*"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*"},{"Effect":"Deny","Principal":"*","Action":"ecr:BatchGetImage"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage"}]}""", false)]
    public void Check_Policies_AllowOnlyWhatIamWouldCertainlyAllow(string policy, bool allowed)
    {
        var pull = CrossAccountPull.Check(policy, "news", ExecutionRole);

        Assert.Equal(allowed, pull.Allowed);
        Assert.Equal(allowed, pull.SuggestedStatement is null);
    }

    [Fact]
    public void Check_OnlyBatchGetImageAllowed_NamesTheTwoActionsMissing()
    {
        var pull = CrossAccountPull.Check("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage"}]}""", "news", ExecutionRole);

        Assert.Equal(["ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"], pull.Missing);
        Assert.Contains("does not allow arn:aws:iam::222222222222:role/ecsTaskExecutionRole ecr:GetDownloadUrlForLayer, ecr:BatchCheckLayerAvailability", pull.Explanation, StringComparison.Ordinal);
    }

    private static (AuditOutcome, string?) Single(IReadOnlyList<AuditEntry> entries)
    {
        var entry = Assert.Single(entries);
        return (entry.Outcome, entry.ConnectionName);
    }

    // A platform account with a "news" service of its own (container "news", its own execution role), the target of promotions.
    internal static async Task<DeliverySandbox> StartAsync(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Connections:platform:RoleArn"] = "arn:aws:iam::222222222222:role/EcsConsoleAccess" };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        var sandbox = await DeliverySandbox.StartAsync(settings: settings);
        var containers = sandbox.Sandbox.Engine.Read(s => s.TaskDefinitions.Where(t => t.Family == "news").MaxBy(t => t.Revision)!.Containers
            .Select(c => c with { Image = "222222222222.dkr.ecr.eu-west-1.amazonaws.com/gateway:2.5.0" }).ToList());
        var platform = sandbox.Sandbox.EngineOf("222222222222");
        var definition = platform.Ecs.RegisterTaskDefinition(new TaskDefinitionRegistration("news", "256", "512", "awsvpc", ["FARGATE"], null, ExecutionRole, containers, new Dictionary<string, string>()));
        platform.Ecs.CreateService(new ServiceRegistration("platform", "news", definition, 1, "FARGATE", [], null, ["subnet-0e2f3a4b5c6d70021"], ["sg-0e2f3a4b5c6d70071"], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>()));
        return sandbox;
    }

    internal static CrossAccountPromotion Promotion(DeliverySandbox sandbox) =>
        sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<CrossAccountPromotion>();

    private static string TargetImage(DeliverySandbox sandbox) => sandbox.Sandbox.EngineOf("222222222222").Read(s =>
        s.TaskDefinitions.Single(t => t.Arn == s.FindCluster("platform")!.Services.Single(v => v.Name == "news").TaskDefinitionArn).Containers[0].Image);

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(DeliverySandbox sandbox, string operation)
    {
        await using var db = await sandbox.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Operation == operation).ToListAsync();
    }
}
