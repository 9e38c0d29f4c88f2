namespace EcsConsole.Core.Security;

/// <summary>
/// Every operation that changes AWS or the console's own state. Each one runs through
/// <see cref="IOperationAuthorizer"/>; <see cref="OperationPolicy"/> holds its minimum role.
/// </summary>
public enum MutatingOperation
{
    RolloutStart,
    ServiceScale,
    ServiceStop,
    ServiceStart,
    DeploymentApprove,
    DeploymentStop,
    DeploymentReject,
    StrategyUpdate,
    Rollback,
    WizardRun,
    UserCreate,
    UserSetRole,
    UserDisable,
    UserEnable,
    UserResetPassword,
    UserUnlock,
    DeliveryPolicySave,
    DeliveryPolicyDelete,
    DeliveryApprove,
    DeliveryReject,
    WebhookSave,
    WebhookDelete,
    ImagePush,
    ExecSessionStart,
    ExecEnableAndRedeploy,
}
