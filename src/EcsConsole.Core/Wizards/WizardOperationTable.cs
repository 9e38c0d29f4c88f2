using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Core.Wizards.Export.CloudFormation;

namespace EcsConsole.Core.Wizards;

/// <summary>Writes one planned call into a CloudFormation template; <paramref name="body"/> has every plan reference written as an expression.</summary>
public delegate void CloudFormationMapping(PlannedCall call, JsonObject body, CloudFormationTemplate template);

/// <summary>
/// What the exported AWS CLI script does so that a second run of it does not create a call's resource twice.
/// </summary>
public abstract record WizardCliGuard
{
    private WizardCliGuard()
    {
    }

    /// <summary>Safe to repeat as it is, or a call with outputs whose <see cref="PlannedCall.Lookup"/> guards it.</summary>
    public static WizardCliGuard None { get; } = new Unguarded();

    /// <summary>The call runs only when <paramref name="check"/> (a shell command, the twin of the runner's existence check) fails.</summary>
    public static WizardCliGuard SkipWhen(Func<PlannedCall, string> check) => new Check(check);

    /// <summary>The call runs, and the error <paramref name="errorCode"/> (what AWS answers when it was done already) counts as done.</summary>
    public static WizardCliGuard Tolerate(string errorCode) => new ToleratedError(errorCode);

    public sealed record Unguarded : WizardCliGuard;

    public sealed record Check(Func<PlannedCall, string> Command) : WizardCliGuard;

    public sealed record ToleratedError(string ErrorCode) : WizardCliGuard;
}

/// <summary>The parts of a <see cref="WizardOperation{TExecutor}"/> that need no AWS client: what the exporters and the plan checks read.</summary>
public interface IWizardOperation
{
    string Service { get; }

    string Operation { get; }

    /// <summary>The operation that undoes it, or null when nothing does (it goes with the resource it changed).</summary>
    string? UndoOperation { get; }

    CloudFormationMapping CloudFormation { get; }

    WizardCliGuard CliGuard { get; }
}

/// <summary>The undo of one operation: which call it is and how it is sent (the plan's undo body is passed).</summary>
public sealed record WizardUndo<TExecutor>(string Operation, Func<TExecutor, UndoCall, CancellationToken, Task> Send);

/// <summary>
/// One operation a wizard plan may hold, with everything the console does with it: the existence check before it is sent
/// (and after a crash), the create, its undo, its CloudFormation resource and the guard of its line in the CLI script.
/// Rows are static; the client-bound parts take the executor that owns the table.
/// </summary>
public sealed record WizardOperation<TExecutor>(
    string Operation,
    Func<TExecutor, PlannedCall, CancellationToken, Task<ExistenceCheckResult>> Check,
    Func<TExecutor, PlannedCall, CancellationToken, Task<CallResult>> Create,
    WizardUndo<TExecutor>? Undo,
    CloudFormationMapping CloudFormation,
    WizardCliGuard CliGuard);

/// <summary>The operations of one AWS service that one executor sends.</summary>
public interface IWizardOperationTable
{
    string Service { get; }

    IReadOnlyList<IWizardOperation> Operations { get; }
}

/// <param name="Service">The service as in <see cref="PlannedCall.Service"/>.</param>
/// <param name="Title">How errors name the executor: "The {Title} executor does not send X".</param>
/// <param name="AlreadyUndone">Errors of an undo call that mean the resource is gone already (undone by hand or by an earlier attempt).</param>
public sealed class WizardOperationTable<TExecutor>(
    string service,
    string title,
    IReadOnlyList<WizardOperation<TExecutor>> rows,
    Func<AwsServiceException, bool>? alreadyUndone = null) : IWizardOperationTable
{
    private readonly Dictionary<string, WizardOperation<TExecutor>> _byOperation = rows.ToDictionary(r => r.Operation, StringComparer.Ordinal);

    public string Service => service;

    public IReadOnlyList<WizardOperation<TExecutor>> Rows => rows;

    public IReadOnlyList<IWizardOperation> Operations { get; } = [.. rows.Select(r => new Row(service, r))];

    public IReadOnlyCollection<string> OperationNames { get; } = [.. rows.Select(r => r.Operation)];

    public bool IsAlreadyUndone(AwsServiceException error) => alreadyUndone?.Invoke(error) == true;

    public WizardOperation<TExecutor> Find(string operation) =>
        _byOperation.GetValueOrDefault(operation) ?? throw Unsupported(operation);

    public NotSupportedException Unsupported(string operation) => new($"The {title} executor does not send {operation}.");

    private sealed record Row(string Service, WizardOperation<TExecutor> Of) : IWizardOperation
    {
        public string Operation => Of.Operation;

        public string? UndoOperation => Of.Undo?.Operation;

        public CloudFormationMapping CloudFormation => Of.CloudFormation;

        public WizardCliGuard CliGuard => Of.CliGuard;
    }
}

/// <summary>
/// An <see cref="IWizardCallExecutor"/> driven by its <see cref="WizardOperationTable{TExecutor}"/>: each call goes to
/// its operation's row, so the operation list, checks, creates and undos cannot fall out of step.
/// </summary>
public abstract class TableCallExecutor<TExecutor>(WizardOperationTable<TExecutor> table) : IWizardCallExecutor
    where TExecutor : TableCallExecutor<TExecutor>
{
    public string Service => table.Service;

    public IReadOnlyCollection<string> Operations => table.OperationNames;

    private TExecutor Self => (TExecutor)this;

    public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) =>
        table.Find(call.Operation).Check(Self, call, cancellationToken);

    public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken) =>
        table.Find(call.Operation).Create(Self, call, cancellationToken);

    public async Task UndoAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var undo = call.Undo ?? throw new InvalidOperationException($"{call.Action} has no undo call.");
        var row = table.Find(call.Operation);
        if (row.Undo is not { } send || send.Operation != undo.Operation)
        {
            throw table.Unsupported(undo.Operation);
        }

        try
        {
            await send.Send(Self, undo, cancellationToken);
        }
        catch (AwsServiceException error) when (table.IsAlreadyUndone(error))
        {
            // Already gone (removed by hand, or by an earlier rollback attempt): nothing left to undo.
        }
    }
}

/// <summary>Every executor's table, so exporters and plan checks reach the rows without AWS clients. Add yours with one line.</summary>
public static class WizardOperationTables
{
    public static IReadOnlyList<IWizardOperationTable> All { get; } =
    [
        Iam.IamCallExecutor.Table,
        Ecs.EcsServiceCallExecutor.Table,
        Logs.LogsCallExecutor.Table,
        Ecs.EcsTaskDefinitionCallExecutor.Table,
        Ecs.EcsClusterCallExecutor.Table,
        Elbv2.Elbv2CallExecutor.Table,
        ApplicationAutoScaling.ApplicationAutoScalingCallExecutor.Table,
        ServiceDiscovery.ServiceDiscoveryCallExecutor.Table,
        Ec2.Ec2CallExecutor.Table,
        AutoScaling.AutoScalingCallExecutor.Table,
    ];

    private static readonly Dictionary<string, IWizardOperation> ByAction =
        All.SelectMany(t => t.Operations).ToDictionary(o => $"{o.Service}:{o.Operation}", StringComparer.Ordinal);

    /// <summary>The row of a planned call, or null when no executor sends it.</summary>
    public static IWizardOperation? Find(PlannedCall call) => ByAction.GetValueOrDefault(call.Action);
}
