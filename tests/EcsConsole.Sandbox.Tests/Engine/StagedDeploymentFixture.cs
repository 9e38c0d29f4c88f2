using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

/// <summary>Drives staged (blue/green, linear, canary) deployments of staging <c>users</c> on the fake clock, second by second.</summary>
internal sealed class StagedDeploymentFixture : IDisposable
{
    public const string Cluster = "staging";
    public const string Service = "users";

    public SandboxTestContext Sandbox { get; } = new();

    /// <summary>Sets the strategy and starts a new deployment of the current task definition (or <paramref name="taskDefinition"/>).</summary>
    public DeploymentState Deploy(Func<DeploymentConfigurationState, DeploymentConfigurationState> configure, string? taskDefinition = null)
    {
        Sandbox.Engine.Ecs.UpdateService(new ServiceUpdate(Cluster, Service, taskDefinition, ForceNewDeployment: taskDefinition is null, Configuration: configure));
        return Latest();
    }

    public DeploymentState Latest() => Sandbox.Read(s => Users(s).DeploymentHistory[0]);

    public ServiceState Users(SandboxState state) => Sandbox.Service(state, Cluster, Service);

    /// <summary>Green's share of production (or test) traffic as the listener rule's forward weights say.</summary>
    public int GreenWeight(bool test = false) => Sandbox.Read(s =>
    {
        var users = Users(s);
        var blue = users.ProductionTargetGroupArn!;
        return LoadBalancerCatalog.Forward(users, test).Where(w => w.Key != blue).Sum(w => w.Value);
    });

    public string? Stage() => Sandbox.Read(s => Users(s).DeploymentHistory[0].Staged?.LifecycleStage);

    /// <summary>Advances one second at a time until <paramref name="done"/> holds, recording each change of <paramref name="observe"/>.</summary>
    public List<T> RunUntil<T>(Func<bool> done, Func<T> observe, int maxSeconds = 3600)
    {
        var seen = new List<T> { observe() };
        for (var second = 0; second < maxSeconds && !done(); second++)
        {
            Sandbox.Advance(1);
            var value = observe();
            if (!EqualityComparer<T>.Default.Equals(value, seen[^1]))
            {
                seen.Add(value);
            }
        }

        Assert.True(done(), $"Not done after {maxSeconds} s; last seen {seen[^1]}.");
        return seen;
    }

    public void RunUntil(Func<bool> done, int maxSeconds = 3600) => RunUntil(done, () => 0, maxSeconds);

    public bool Finished() => Latest().DeploymentStatus is not ("IN_PROGRESS" or "ROLLBACK_IN_PROGRESS" or "STOP_REQUESTED");

    public LifecycleHookRunState? AwaitingHook() => Sandbox.Read(s => Users(s).DeploymentHistory[0].Staged!.HookRuns.FirstOrDefault(r => r.Status == "AWAITING_ACTION"));

    public List<string> AliveTaskIds(Func<TaskState, bool>? where = null) =>
        Sandbox.Read(s => Sandbox.Cluster(s, Cluster).Tasks.Where(t => t.ServiceName == Service && t.IsAlive && (where?.Invoke(t) ?? true)).Select(t => t.Id).Order().ToList());

    public List<string> Events() => Sandbox.Read(s => Users(s).Events.Select(e => e.Message).ToList());

    public void Dispose() => Sandbox.Dispose();

    public static DeploymentConfigurationState BlueGreen(DeploymentConfigurationState c, int bake = 2) =>
        c with { Strategy = DeploymentStrategies.BlueGreen, BakeTimeInMinutes = bake };

    public static DeploymentConfigurationState Canary(DeploymentConfigurationState c, double percent = 10, int canaryBake = 3, params LifecycleHookState[] hooks) =>
        c with { Strategy = DeploymentStrategies.Canary, BakeTimeInMinutes = 1, Canary = new CanaryConfigurationState(percent, canaryBake), LifecycleHooks = hooks };

    public static LifecycleHookState Pause(string stage, int? timeoutMinutes = null, string? timeoutAction = null) =>
        new(LifecycleHookState.Pause, null, null, [stage], timeoutMinutes, timeoutAction);

    public static LifecycleHookState Lambda(string function, string stage) =>
        new(LifecycleHookState.Lambda, $"arn:aws:lambda:eu-west-1:000000000000:function:{function}", "arn:aws:iam::000000000000:role/hooks", [stage]);
}
