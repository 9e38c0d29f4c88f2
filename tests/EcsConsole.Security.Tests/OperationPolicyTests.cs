using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>
/// The role matrix, driven from the enum: an operation added to <see cref="MutatingOperation"/> without an entry in
/// the specification below (and in <see cref="OperationPolicy"/>) fails here.
/// </summary>
public sealed class OperationPolicyTests
{
    // The words, written independently of OperationPolicy so the two check each other.
    private static readonly Dictionary<MutatingOperation, (string Name, ConsoleRole Minimum)> Specification = new()
    {
        [MutatingOperation.RolloutStart] = ("Rollout.Start", ConsoleRole.Operator),
        [MutatingOperation.ServiceScale] = ("Service.Scale", ConsoleRole.Operator),
        [MutatingOperation.ServiceStop] = ("Service.Stop", ConsoleRole.Operator),
        [MutatingOperation.ServiceStart] = ("Service.Start", ConsoleRole.Operator),
        [MutatingOperation.DeploymentApprove] = ("Deployment.Approve", ConsoleRole.Operator),
        [MutatingOperation.DeploymentStop] = ("Deployment.Stop", ConsoleRole.Operator),
        [MutatingOperation.DeploymentReject] = ("Deployment.Reject", ConsoleRole.Operator),
        [MutatingOperation.StrategyUpdate] = ("Service.UpdateStrategy", ConsoleRole.Operator),
        [MutatingOperation.Rollback] = ("Rollback", ConsoleRole.Operator),
        [MutatingOperation.WizardRun] = ("Wizard.Run", ConsoleRole.Admin),
        [MutatingOperation.UserCreate] = ("Users.Create", ConsoleRole.Admin),
        [MutatingOperation.UserSetRole] = ("Users.SetRole", ConsoleRole.Admin),
        [MutatingOperation.UserDisable] = ("Users.Disable", ConsoleRole.Admin),
        [MutatingOperation.UserEnable] = ("Users.Enable", ConsoleRole.Admin),
        [MutatingOperation.UserResetPassword] = ("Users.ResetPassword", ConsoleRole.Admin),
        [MutatingOperation.UserUnlock] = ("Users.Unlock", ConsoleRole.Admin),
        [MutatingOperation.DeliveryPolicySave] = ("Delivery.SavePolicy", ConsoleRole.Admin),
        [MutatingOperation.DeliveryPolicyDelete] = ("Delivery.DeletePolicy", ConsoleRole.Admin),
        [MutatingOperation.DeliveryApprove] = ("Delivery.Approve", ConsoleRole.Operator),
        [MutatingOperation.DeliveryReject] = ("Delivery.Reject", ConsoleRole.Operator),
        [MutatingOperation.WebhookSave] = ("Webhooks.Save", ConsoleRole.Admin),
        [MutatingOperation.WebhookDelete] = ("Webhooks.Delete", ConsoleRole.Admin),
        [MutatingOperation.ImagePush] = ("Image.Push", ConsoleRole.Operator),
        [MutatingOperation.ExecSessionStart] = ("Exec.Start", ConsoleRole.Operator),
        [MutatingOperation.ExecEnableAndRedeploy] = ("Exec.EnableAndRedeploy", ConsoleRole.Operator),
    };

    public static TheoryData<MutatingOperation> Operations() => new(Enum.GetValues<MutatingOperation>());

    public static TheoryData<MutatingOperation, ConsoleRole> Matrix()
    {
        var data = new TheoryData<MutatingOperation, ConsoleRole>();
        foreach (var operation in Enum.GetValues<MutatingOperation>())
        {
            foreach (var role in Enum.GetValues<ConsoleRole>()) data.Add(operation, role);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void For_EveryOperation_MatchesSpecification(MutatingOperation operation)
    {
        Assert.True(Specification.TryGetValue(operation, out var expected), $"{operation} is missing from the test's specification: decide its minimum role.");
        var rule = OperationPolicy.For(operation);
        Assert.Equal(expected.Name, rule.Name);
        Assert.Equal(expected.Minimum, rule.MinimumRole);
    }

    [Fact]
    public void For_OperationNames_AreUnique()
    {
        var names = Enum.GetValues<MutatingOperation>().Select(o => OperationPolicy.For(o).Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RunAsync_EveryOperationAndRole_AllowsExactlyTheSpecifiedRolesAndAuditsOnce(MutatingOperation operation, ConsoleRole role)
    {
        await using var store = await TestStore.SqliteAsync();
        store.Operator.SignInAs("casey", role);
        var allowed = role >= Specification[operation].Minimum;
        var ran = false;

        var run = store.Guard.RunAsync(operation, new OperationRequest { Target = "staging/users", Cluster = "staging", Service = "users" }, _ =>
        {
            ran = true;
            return Task.FromResult(1);
        }, CancellationToken.None);

        if (allowed)
        {
            Assert.Equal(1, await run);
        }
        else
        {
            var denied = await Assert.ThrowsAsync<OperationDeniedException>(() => run);
            Assert.Equal(operation, denied.Operation);
            Assert.Contains(Specification[operation].Minimum.ToString(), denied.Message);
        }

        Assert.Equal(allowed, ran);
        var entry = Assert.Single(await store.AuditEntriesAsync());
        Assert.Equal(allowed ? AuditOutcome.Succeeded : AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(Specification[operation].Name, entry.Operation);
        Assert.Equal("casey", entry.Actor);
        Assert.Equal(role, entry.Role);
    }
}
