namespace EcsConsole.Core.Wizards;

/// <summary>
/// One AWS call of a wizard plan, exactly as it will be sent: the service and operation (model names), the request body
/// as JSON with the model's member names, what it creates, how to undo it and how to tell that it exists already.
/// </summary>
/// <param name="Service">The IAM action prefix of the service, e.g. <c>iam</c>.</param>
/// <param name="Operation">The model operation, e.g. <c>CreateRole</c>.</param>
/// <param name="Body">The request as JSON, member names as in the model.</param>
/// <param name="Creates">What the call leaves behind, for people: <c>role users-task</c>.</param>
/// <param name="Undo">The call that removes it again, or null when nothing needs removing.</param>
/// <param name="ExistenceCheck">How the runner tells, before sending, that it exists already (e.g. <c>GetRole users-task</c>).</param>
public sealed record PlannedCall(string Service, string Operation, string Body, string Creates, UndoCall? Undo, string ExistenceCheck)
{
    public string Action => $"{Service}:{Operation}";
}

/// <summary>The call that reverses a <see cref="PlannedCall"/>.</summary>
public sealed record UndoCall(string Operation, string Body);

/// <summary>A wizard's complete plan: every call in order, built and validated before anything is sent.</summary>
/// <param name="Wizard">The wizard's id, e.g. <c>iam-roles</c>.</param>
/// <param name="Summary">One line for the runs list, e.g. <c>3 roles for users</c>.</param>
public sealed record WizardPlan(string Wizard, string Summary, IReadOnlyList<PlannedCall> Calls);
