using EcsConsole.Core.Tests.Wizards.Services;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.ServiceDiscovery;

/// <summary>
/// The service wizard's Cloud Map namespace and service are this run's or not by their <c>ecsconsole:run</c> tag (read with
/// ListTagsForResource), as ELBv2, log groups and scalable targets are: a resume after a lost answer adopts them, a later
/// run leaves them alone on rollback.
/// </summary>
public sealed class CloudMapRunTagTests : IAsyncLifetime
{
    private ServiceWizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await ServiceWizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Theory]
    [InlineData("CreatePrivateDnsNamespace")]
    [InlineData("CreateService")]
    public async Task CheckAsync_CloudMapResourceOfOneRun_IsThatRunsAndNotAnothersAsync(string operation)
    {
        var calls = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!.Calls;
        var plan = new WizardPlan("service", "a namespace and a Cloud Map service", [.. calls.Where(c => c.Service == "servicediscovery")]);
        var made = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None));
        Assert.True(made.State == WizardRunState.Succeeded, made.Error);
        var step = made.Steps.Single(s => s.Operation == operation);
        var call = Resolved(plan.Calls[step.Index], made);
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().Single(e => e.Service == "servicediscovery");

        var ours = await executor.CheckAsync(RunTags.Stamped(call, made.Id), CancellationToken.None);
        var theirs = await executor.CheckAsync(RunTags.Stamped(call, "r-another"), CancellationToken.None);
        var preview = await executor.CheckAsync(call, CancellationToken.None);

        Assert.Equal((ExistenceState.Exists, true, true), (ours.State, ours.OwnershipFromTags, ours.CreatedByThisRun));
        Assert.Contains("made by this run", ours.Detail, StringComparison.Ordinal);
        Assert.Equal((ExistenceState.Exists, true, false), (theirs.State, theirs.OwnershipFromTags, theirs.CreatedByThisRun));
        Assert.Contains("made before this run", theirs.Detail, StringComparison.Ordinal);
        Assert.Equal((ExistenceState.Exists, false), (preview.State, preview.OwnershipFromTags));
    }

    private static PlannedCall Resolved(PlannedCall call, WizardRunRecord run)
    {
        var known = run.Steps.Where(s => s.Key is not null && s.Outputs is not null)
            .ToDictionary(s => s.Key!, s => s.OutputValues(), StringComparer.Ordinal);
        var keys = run.Steps.Where(s => s.Key is not null).Select(s => s.Key!).ToHashSet(StringComparer.Ordinal);
        return call with { Body = PlanReferences.Resolve(call.Body, keys, known) };
    }
}
