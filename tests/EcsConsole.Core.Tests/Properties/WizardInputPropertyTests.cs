using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using EcsConsole.Core.Tests.Wizards;
using EcsConsole.Core.Tests.Wizards.Clusters;
using EcsConsole.Core.Tests.Wizards.Services;
using EcsConsole.Core.Tests.Wizards.TaskDefinitions;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Testing;

namespace EcsConsole.Core.Tests.Properties;

/// <summary>
/// Arbitrary input thrown at every wizard: a valid input with up to six of its values replaced by hostile ones (empty,
/// huge, unicode, out-of-range numbers, undefined enum values, lists emptied or grown). The wizard must answer with
/// validation messages or with a plan whose every request the official model accepts (and which both exporters can
/// write) — never an exception, never a request AWS would reject for its shape.
/// </summary>
public sealed class WizardInputPropertyTests
{
    // 400 per run in CI (a fresh seed each time); ECSCONSOLE_PROPERTY_ITERATIONS=20000 for a long hunt.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("ECSCONSOLE_PROPERTY_ITERATIONS"), out var configured) && configured > 0 ? configured : 400;

    private static readonly ConcurrentDictionary<string, ServiceModel> Models = new();

    [RequiresAwsModelsFact]
    public void IamRolesWizard_ArbitraryInput_GivesMessagesOrAModelConformantPlan() =>
        Check(IamRolesWizardTests.UsersInput, input => IamRolesWizard.Plan(input));

    [RequiresAwsModelsFact]
    public void TaskDefinitionWizard_ArbitraryInput_GivesMessagesOrAModelConformantPlan() =>
        Check(() => TaskDefinitionInputs.Reports(), input => TaskDefinitionWizard.Plan(input));

    [RequiresAwsModelsFact]
    public void ServiceWizard_ArbitraryInput_GivesMessagesOrAModelConformantPlan()
    {
        Check(ServiceWizardInputs.Search, input => ServiceWizard.Plan(input));
        Check(ServiceWizardInputs.BlueGreen, input => ServiceWizard.Plan(input));
    }

    [RequiresAwsModelsFact]
    public void ClusterWizard_ArbitraryInput_GivesMessagesOrAModelConformantPlan()
    {
        Check(() => ClusterWizardInputs.Fargate(), input => ClusterWizard.Plan(input, ClusterWizardInputs.Ami));
        Check(() => ClusterWizardInputs.Ec2(), input => ClusterWizard.Plan(input, ClusterWizardInputs.Ami));
    }

    /// <summary>The property, for one wizard. Also counts both outcomes so a generator that never gets past validation fails loudly.</summary>
    internal static void Check<TInput>(Func<TInput> valid, Func<TInput, (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors)> plan)
        where TInput : notnull
    {
        var planned = 0;
        var refused = 0;
        InputMutation.Gen.Sample(mutations =>
        {
            var input = valid();
            InputMutation.Apply(input, mutations);
            var (result, errors) = plan(input);
            if (errors.Count > 0)
            {
                Assert.Null(result);
                Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), $"a validation error without a message for {e}"));
                Interlocked.Increment(ref refused);
                return;
            }

            Assert.NotNull(result);
            Assert.NotEmpty(result.Calls);
            AssertConformant(result);
            Interlocked.Increment(ref planned);
        }, iter: Iterations, threads: 1);

        Assert.True(planned > 0, $"no mutated {typeof(TInput).Name} got past validation in {Iterations} tries: the property checked no plan");
        Assert.True(refused > 0, $"every mutated {typeof(TInput).Name} was accepted in {Iterations} tries: the property checked no validation");
    }

    /// <summary>Every call's body and undo body, with references filled in, is a valid request of its operation; the exporters write the plan.</summary>
    internal static void AssertConformant(WizardPlan plan)
    {
        PlanReferences.Validate(plan);
        var keys = PlanReferences.Keys(plan.Calls);
        var samples = plan.Calls.Where(c => c.Key is not null)
            .ToDictionary(c => c.Key!, c => (IReadOnlyDictionary<string, string>)(c.Outputs ?? new Dictionary<string, string>()).Keys.ToDictionary(o => o, o => Sample(c, o)));
        foreach (var call in plan.Calls)
        {
            var model = Models.GetOrAdd(ModelName(call.Service), ServiceModel.Load);
            var body = JsonNode.Parse(PlanReferences.Resolve(call.Body, keys, samples));
            var problems = ShapeValidator.ValidateMemberJsonInput(model, call.Operation, body);
            Assert.True(problems.Count == 0, $"{call.Action} ({call.Creates}) is not a valid request: {string.Join("; ", problems)}\n{call.Body}");
            if (call.Undo is { } undo)
            {
                var undoBody = JsonNode.Parse(PlanReferences.Resolve(undo.Body, keys, samples));
                var undoProblems = ShapeValidator.ValidateMemberJsonInput(model, undo.Operation, undoBody);
                Assert.True(undoProblems.Count == 0, $"{call.Service}:{undo.Operation} (undo of {call.Creates}) is not a valid request: {string.Join("; ", undoProblems)}");
            }
        }

        Assert.False(string.IsNullOrEmpty(AwsCliScriptExporter.Export(plan)));
        Assert.NotNull(JsonNode.Parse(CloudFormationExporter.Export(plan)));
    }

    private static string ModelName(string service) => service;

    // A value of the shape AWS would return for the output, so patterns on ARNs and ids are met.
    private static string Sample(PlannedCall call, string output) => output switch
    {
        _ when output.EndsWith("Arn", StringComparison.Ordinal) || output == "Arn" =>
            $"arn:aws:{call.Service}:eu-west-1:000000000000:{call.Key!.ToLowerInvariant()}/sample/0123456789abcdef",
        "Id" or "NamespaceId" => "ns-0123456789abcdef",
        _ => "sample-" + output.ToLowerInvariant(),
    };

    [Fact]
    public void Apply_Mutations_ChangeTheInputAndAreDeterministic()
    {
        var mutations = new[] { new InputMutation(0, 3, "z"), new InputMutation(7, 4, "y") };
        var first = IamRolesWizardTests.UsersInput();
        var second = IamRolesWizardTests.UsersInput();

        InputMutation.Apply(first, mutations);
        InputMutation.Apply(second, mutations);

        var original = JsonSerializer.Serialize(IamRolesWizardTests.UsersInput());
        Assert.NotEqual(original, JsonSerializer.Serialize(first));
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }
}
