namespace EcsConsole.Core.Wizards;

/// <summary>
/// One AWS call of a wizard plan, exactly as it will be sent: the service and operation (model names), the request body
/// as JSON with the model's member names, what it creates, how to undo it and how to tell that it exists already.
/// </summary>
/// <param name="Service">The CLI's name of the service (also its IAM action prefix for most), e.g. <c>iam</c>, <c>elbv2</c>.</param>
/// <param name="Operation">The model operation, e.g. <c>CreateRole</c>.</param>
/// <param name="Body">
/// The request as JSON, member names as in the model. String values may hold <c>${Key.Output}</c> placeholders naming an
/// output of an earlier call of the plan (see <see cref="PlanReferences"/>); the runner fills them in before sending.
/// </param>
/// <param name="Creates">What the call leaves behind, for people: <c>role users-task</c>.</param>
/// <param name="Undo">The call that removes it again, or null when nothing needs removing.</param>
/// <param name="ExistenceCheck">How the runner tells, before sending, that it exists already (e.g. <c>GetRole users-task</c>).</param>
public sealed record PlannedCall(string Service, string Operation, string Body, string Creates, UndoCall? Undo, string ExistenceCheck)
{
    public string Action => $"{Service}:{Operation}";

    /// <summary>
    /// The call's name within its plan (<c>^[A-Za-z][A-Za-z0-9]*$</c>), by which later calls refer to its outputs and which
    /// is its logical id in an exported CloudFormation template. Null for a call nothing refers to.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>
    /// Output name → path into the call's response (model member names, <c>A.B</c>, <c>A[0].B</c>), e.g.
    /// <c>Arn</c> → <c>LoadBalancers[0].LoadBalancerArn</c>. The same path is the exported script's <c>--query</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Outputs { get; init; }

    /// <summary>A read whose response yields the same outputs when the resource exists already: the exported script's re-run guard.</summary>
    public CallLookup? Lookup { get; init; }
}

/// <summary>The call that reverses a <see cref="PlannedCall"/>. Its body may refer to the call's own outputs.</summary>
public sealed record UndoCall(string Operation, string Body);

/// <summary>A read call of the same service that finds an existing resource, with the paths of the outputs in its response.</summary>
public sealed record CallLookup(string Operation, string Body, IReadOnlyDictionary<string, string> Outputs);

/// <summary>A wizard's complete plan: every call in order, built and validated before anything is sent.</summary>
/// <param name="Wizard">The wizard's id, e.g. <c>iam-roles</c>.</param>
/// <param name="Summary">One line for the runs list, e.g. <c>3 roles for users</c>.</param>
public sealed record WizardPlan(string Wizard, string Summary, IReadOnlyList<PlannedCall> Calls);
