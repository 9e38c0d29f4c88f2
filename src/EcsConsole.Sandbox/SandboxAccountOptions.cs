namespace EcsConsole.Sandbox;

/// <summary>
/// One more AWS account the sandbox serves beside the default one (<see cref="SandboxOptions.AccountId"/>), bound from
/// "Sandbox:Accounts:{account id}". It is reached as AWS reaches another account: STS AssumeRole into its role
/// <see cref="RoleName"/> with the default account's credentials, then calls signed with the temporary credentials land
/// in this account's own ECS, ECR, IAM, ELB, logs and the rest, which share nothing with the default account's.
/// </summary>
public sealed class SandboxAccountOptions
{
    /// <summary>The fleet this account is seeded with.</summary>
    public const string PlatformFleet = "platform";

    /// <summary>Seeds nothing but the role to reach the account.</summary>
    public const string NoFleet = "none";

    /// <summary>False leaves the account out (the way to remove the default second account in configuration).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <see cref="PlatformFleet"/> (a Fargate cluster "platform" running the services "gateway" and "auth", their task
    /// definitions, ECR repositories and network) or <see cref="NoFleet"/>.
    /// </summary>
    public string Fleet { get; set; } = PlatformFleet;

    /// <summary>The IAM role whose trust policy lets <see cref="TrustedAccountId"/> assume it.</summary>
    public string RoleName { get; set; } = "EcsConsoleAccess";

    /// <summary>The account the role trusts; null trusts the sandbox's default account.</summary>
    public string? TrustedAccountId { get; set; }

    /// <summary>
    /// When set, the role's trust policy requires this external id (Condition StringEquals sts:ExternalId), so AssumeRole
    /// without it, or with another, is refused with AccessDenied. None by default.
    /// </summary>
    public string? ExternalId { get; set; }
}
