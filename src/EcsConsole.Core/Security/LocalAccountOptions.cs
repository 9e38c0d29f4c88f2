namespace EcsConsole.Core.Security;

/// <summary>Rules for local accounts (section <c>Auth:LocalAccounts</c>).</summary>
public sealed class LocalAccountOptions
{
    public const string SectionName = "Auth:LocalAccounts";

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int MinimumPasswordLength { get; set; } = 12;
}
