namespace EcsConsole.Core.Wizards;

/// <summary>One thing to fix before a plan can be built: the field and what to change, in words.</summary>
public sealed record WizardValidationError(string Field, string Message);
