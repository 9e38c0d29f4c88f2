using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class SimulationSoakTests
{
    [Fact]
    public void Simulation_DayOfRandomFailuresAndRollouts_KeepsEveryServiceAtDesiredCount()
    {
        var options = SandboxTestContext.Options();
        options.RandomFailuresPerTaskHour = 0.5;
        var time = new FakeTimeProvider(SandboxTestContext.Start);
        using var engine = new SandboxEngine(options, time);

        for (var hour = 0; hour < 24; hour++)
        {
            if (hour % 6 == 0)
            {
                engine.Ecs.UpdateService("prod", "news", forceNewDeployment: true);
                engine.Ecs.UpdateService("staging", "market", desiredCount: 1 + (hour / 6 % 3));
            }

            time.Advance(TimeSpan.FromHours(1));
        }

        var services = engine.Read(s => s.Clusters.SelectMany(c => c.Services.Select(sv => new
        {
            sv.Name,
            sv.DesiredCount,
            Alive = c.Tasks.Count(t => t.ServiceName == sv.Name && t.IsAlive),
            Events = sv.Events.Count,
            Rollout = sv.Primary!.RolloutState,
        })).ToList());
        Assert.All(services, s => Assert.Equal(s.DesiredCount, s.Alive));
        Assert.All(services, s => Assert.InRange(s.Events, 1, ServiceState.EventCap));
        Assert.All(services, s => Assert.Equal("COMPLETED", s.Rollout));
        var oldestStop = engine.Read(s => s.Clusters.SelectMany(c => c.Tasks).Where(t => t.StoppedAt is not null).Select(t => t.StoppedAt!.Value).DefaultIfEmpty(time.GetUtcNow()).Min());
        Assert.True(time.GetUtcNow() - oldestStop <= TimeSpan.FromHours(1), "stopped tasks older than an hour are still kept");
    }

    [Fact]
    public void ServiceEvents_ManyChanges_CappedAtOneHundredNewestFirst()
    {
        using var sandbox = new SandboxTestContext();
        for (var i = 0; i < 300; i++)
        {
            sandbox.Engine.Ecs.UpdateService("staging", "blog", desiredCount: i % 2 == 0 ? 2 : 1);
            sandbox.Advance(2);
        }

        var events = sandbox.Read(s => sandbox.Service(s, "staging", "blog").Events.ToList());

        Assert.Equal(ServiceState.EventCap, events.Count);
        Assert.Equal(events.OrderByDescending(e => e.CreatedAt).Select(e => e.Id), events.Select(e => e.Id));
    }
}
