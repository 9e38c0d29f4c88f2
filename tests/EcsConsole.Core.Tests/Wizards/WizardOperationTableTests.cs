using System.Reflection;
using EcsConsole.Core.Tests.Wizards.Clusters;
using EcsConsole.Core.Tests.Wizards.Services;
using EcsConsole.Core.Tests.Wizards.TaskDefinitions;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards;

public class WizardOperationTableTests
{
    /// <summary>Plans of every wizard, between them holding every kind of call the wizards make.</summary>
    public static TheoryData<string> Plans => [.. PlansByName.Keys];

    private static readonly Dictionary<string, Func<WizardPlan>> PlansByName = new(StringComparer.Ordinal)
    {
        ["iam roles"] = () => IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!,
        ["task definition"] = () => TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!,
        ["fargate cluster"] = () => ClusterWizard.Plan(ClusterWizardInputs.Fargate()).Plan!,
        ["ec2 cluster"] = () => ClusterWizard.Plan(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami).Plan!,
        ["service behind a load balancer"] = () => ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!,
        ["plain service"] = () => ServiceWizard.Plan(ServiceWizardInputs.Plain()).Plan!,
        ["blue/green service"] = () => ServiceWizard.Plan(ServiceWizardInputs.BlueGreen()).Plan!,
        // No wizard creates security groups yet; the executor's tests plan them as a cluster's EC2 capacity would.
        ["ec2 capacity"] = () => Ec2.Ec2CapacityPlan.Build(),
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void EveryPlannedCall_HasARowWithAllItsParts(string name)
    {
        var plan = PlansByName[name]();

        Assert.NotEmpty(plan.Calls);
        foreach (var call in plan.Calls)
        {
            var row = WizardOperationTables.Find(call);
            Assert.True(row is not null, $"{call.Action} of the {name} plan has no row in any executor's table.");
            Assert.NotNull(row.CloudFormation);
            Assert.NotNull(row.CliGuard);
            Assert.True(call.Undo?.Operation == row.UndoOperation,
                $"{call.Action} is undone by {call.Undo?.Operation ?? "nothing"} in the {name} plan, but its row undoes it by {row.UndoOperation ?? "nothing"}.");
            if (row.CliGuard is WizardCliGuard.Check check)
            {
                Assert.StartsWith("aws ", check.Command(call), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryRow_IsUsedBySomeWizardPlan()
    {
        var planned = PlansByName.Values.SelectMany(p => p().Calls).Select(c => c.Action).ToHashSet(StringComparer.Ordinal);

        var unused = WizardOperationTables.All.SelectMany(t => t.Operations).Select(o => $"{o.Service}:{o.Operation}").Where(a => !planned.Contains(a)).ToList();

        Assert.True(unused.Count == 0, $"Rows no plan here uses (add a plan that does, or remove the row): {string.Join(", ", unused)}");
    }

    [Fact]
    public void EveryExecutor_ServesTheTableTheExportersRead()
    {
        var executors = typeof(IWizardCallExecutor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWizardCallExecutor).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(executors);
        foreach (var executor in executors)
        {
            var table = executor.GetProperty("Table", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IWizardOperationTable;
            Assert.True(table is not null && WizardOperationTables.All.Contains(table), $"{executor.Name} has no table in WizardOperationTables.All.");
        }

        Assert.Equal(executors.Count, WizardOperationTables.All.Count);
    }

    [Fact]
    public void EveryRow_IsTheOnlyRowOfItsAction()
    {
        var actions = WizardOperationTables.All.SelectMany(t => t.Operations).Select(o => $"{o.Service}:{o.Operation}").ToList();

        Assert.Equal(actions.Count, actions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Executor_CallOfAnotherTable_IsRefusedNamingTheOperation()
    {
        var executor = new IamCallExecutor(null!);
        var call = new PlannedCall("iam", "CreateUser", "{}", "user u", null, "GetUser u");

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => executor.ExecuteAsync(call, CancellationToken.None));

        Assert.Equal("The IAM wizard executor does not send CreateUser.", error.Message);
    }

    [Fact]
    public async Task Executor_UndoOtherThanTheRowsUndo_IsRefused()
    {
        var executor = new IamCallExecutor(null!);
        var call = new PlannedCall("iam", "CreateRole", "{}", "role r", new UndoCall("DeleteUser", "{}"), "GetRole r");

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => executor.UndoAsync(call, CancellationToken.None));

        Assert.Contains("DeleteUser", error.Message, StringComparison.Ordinal);
    }
}
