using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class DeploymentAlarmTests : IDisposable
{
    private const string NewsAlarm = "prod-news-unhealthy-hosts";
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void RollingDeployment_ScheduledReplacementsOnly_AlarmStaysQuietAndDeploymentSucceeds()
    {
        DeployNews(rollback: true);

        _sandbox.Advance(600);

        var deployment = Latest();
        Assert.Equal("SUCCESSFUL", deployment.DeploymentStatus);
        Assert.Empty(deployment.TriggeredAlarmNames);
    }

    [Fact]
    public void RollingDeployment_TargetDrainedByHand_AlarmTriggersRollback()
    {
        DeployNews(rollback: true);
        _sandbox.Advance(5);

        _sandbox.Engine.Ecs.StopTask("prod", _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.First(t => t.ServiceName == "news" && t.IsAlive && t.LastStatus == "RUNNING").Id));
        _sandbox.Advance(1);

        var failed = Latest();
        Assert.Equal([NewsAlarm], failed.TriggeredAlarmNames);
        Assert.Equal("ROLLBACK_IN_PROGRESS", failed.DeploymentStatus);
        Assert.Equal($"Service deployment rolled back because alarm {NewsAlarm} went into ALARM.", failed.RollbackReason);
        _sandbox.Advance(600);
        Assert.Equal("ROLLBACK_SUCCESSFUL", Latest().DeploymentStatus);
    }

    [Fact]
    public void RollingDeployment_AlarmWithoutRollback_Stopped()
    {
        DeployNews(rollback: false);
        _sandbox.Advance(5);

        _sandbox.Engine.Ecs.StopTask("prod", _sandbox.Read(s => _sandbox.Cluster(s, "prod").Tasks.First(t => t.ServiceName == "news" && t.IsAlive && t.LastStatus == "RUNNING").Id));
        _sandbox.Advance(1);

        Assert.Equal("STOPPED", Latest().DeploymentStatus);
        Assert.Null(Latest().RollbackStartedAt);
    }

    [Fact]
    public void BlueGreenDeployment_GreenTargetFailsDuringBake_TrafficBackToBlue()
    {
        using var users = new StagedDeploymentFixture();
        var greenAlarm = users.Sandbox.Read(s => users.Users(s).AdvancedConfiguration!.AlternateTargetGroupArn.Split('/')[^2]) + DeploymentAlarmWatch.UnhealthyHostsSuffix;
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 10) with { Alarms = new DeploymentAlarmsState([greenAlarm], Enable: true, Rollback: true) });
        users.RunUntil(() => users.Stage() == "BAKE_TIME");

        users.Sandbox.Engine.Ecs.StopTask("staging", users.AliveTaskIds(t => t.DeploymentId == users.Latest().Id)[0]);
        users.Sandbox.Advance(1);

        Assert.Equal(0, users.GreenWeight());
        users.RunUntil(users.Finished);
        Assert.Equal("ROLLBACK_SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal([greenAlarm], users.Latest().TriggeredAlarmNames);
    }

    public void Dispose() => _sandbox.Dispose();

    private void DeployNews(bool rollback) =>
        _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("prod", "news", ForceNewDeployment: true,
            Configuration: c => c with { Alarms = new DeploymentAlarmsState([NewsAlarm], Enable: true, Rollback: rollback) }));

    private DeploymentState Latest() => _sandbox.Read(s => _sandbox.Service(s, "prod", "news").DeploymentHistory[0]);
}
