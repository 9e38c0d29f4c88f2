using System.Collections.Frozen;

namespace EcsConsole.Core.Security;

/// <summary>The one table of operation → minimum role. Tests walk every enum value, so a new operation cannot be missed.</summary>
public static class OperationPolicy
{
    private static readonly FrozenDictionary<MutatingOperation, OperationRule> Rules = new Dictionary<MutatingOperation, OperationRule>
    {
        [MutatingOperation.RolloutStart] = new("Rollout.Start", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.ServiceScale] = new("Service.Scale", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.ServiceStop] = new("Service.Stop", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.ServiceStart] = new("Service.Start", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.DeploymentApprove] = new("Deployment.Approve", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.DeploymentStop] = new("Deployment.Stop", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.DeploymentReject] = new("Deployment.Reject", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.StrategyUpdate] = new("Service.UpdateStrategy", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.Rollback] = new("Rollback", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.WizardRun] = new("Wizard.Run", ConsoleRole.Admin, ChangesService: true),
        [MutatingOperation.UserCreate] = new("Users.Create", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.UserSetRole] = new("Users.SetRole", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.UserDisable] = new("Users.Disable", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.UserEnable] = new("Users.Enable", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.UserResetPassword] = new("Users.ResetPassword", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.UserUnlock] = new("Users.Unlock", ConsoleRole.Admin, ChangesService: false),
        // Saving a policy hands future rollouts of the service to it, so production asks for the service name here once.
        [MutatingOperation.DeliveryPolicySave] = new("Delivery.SavePolicy", ConsoleRole.Admin, ChangesService: true),
        [MutatingOperation.DeliveryPolicyDelete] = new("Delivery.DeletePolicy", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.DeliveryApprove] = new("Delivery.Approve", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.DeliveryReject] = new("Delivery.Reject", ConsoleRole.Operator, ChangesService: false),
        [MutatingOperation.WebhookSave] = new("Webhooks.Save", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.WebhookDelete] = new("Webhooks.Delete", ConsoleRole.Admin, ChangesService: false),
        [MutatingOperation.ImagePush] = new("Image.Push", ConsoleRole.Operator, ChangesService: false),
        // A shell can change anything in a container, so production asks for the service name as for any change to it.
        [MutatingOperation.ExecSessionStart] = new("Exec.Start", ConsoleRole.Operator, ChangesService: true),
        [MutatingOperation.ExecEnableAndRedeploy] = new("Exec.EnableAndRedeploy", ConsoleRole.Operator, ChangesService: true),
    }.ToFrozenDictionary();

    /// <summary>The rule for an operation; throws for an operation missing from the table so the gap is found, not defaulted.</summary>
    public static OperationRule For(MutatingOperation operation) =>
        Rules.TryGetValue(operation, out var rule)
            ? rule
            : throw new InvalidOperationException($"Operation {operation} has no entry in {nameof(OperationPolicy)}; add its minimum role.");

    public static bool IsAllowed(MutatingOperation operation, ConsoleRole role) => role.Includes(For(operation).MinimumRole);
}
