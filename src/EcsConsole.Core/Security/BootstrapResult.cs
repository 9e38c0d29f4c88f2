namespace EcsConsole.Core.Security;

public enum BootstrapAction
{
    Unchanged,
    CreatedFromConfiguration,
    CreatedWithGeneratedPassword,
}

/// <summary>What start-up did to the administrator account; <see cref="GeneratedPassword"/> is set only when one was generated.</summary>
public sealed record BootstrapResult(BootstrapAction Action, string? GeneratedPassword);
