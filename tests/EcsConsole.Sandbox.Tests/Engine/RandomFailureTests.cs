using EcsConsole.Sandbox.Engine;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class RandomFailureTests
{
    [Fact]
    public void RandomFailures_FrequentRate_TasksFailHealthChecksAndAreReplaced()
    {
        var options = SandboxTestContext.Options();
        options.RandomFailuresPerTaskHour = 6;
        using var engine = new SandboxEngine(options, new FakeTimeProvider(SandboxTestContext.Start));
        var time = (FakeTimeProvider)engine.TimeProvider;

        time.Advance(TimeSpan.FromMinutes(30));

        var failed = engine.Read(s => s.Clusters.SelectMany(c => c.Tasks).Where(t => t.StoppedReason == "Task failed container health checks").ToList());
        Assert.NotEmpty(failed);
        Assert.All(failed, t => Assert.Equal("UNHEALTHY", t.HealthStatus));
        var services = engine.Read(s => s.Clusters.SelectMany(c => c.Services.Select(sv => (sv.DesiredCount, Alive: c.Tasks.Count(t => t.ServiceName == sv.Name && t.IsAlive)))).ToList());
        Assert.All(services, s => Assert.Equal(s.DesiredCount, s.Alive));
    }

    [Fact]
    public void RandomFailures_SameSeed_SameHistory()
    {
        string History()
        {
            var options = SandboxTestContext.Options();
            options.RandomFailuresPerTaskHour = 6;
            var time = new FakeTimeProvider(SandboxTestContext.Start);
            using var engine = new SandboxEngine(options, time);
            time.Advance(TimeSpan.FromMinutes(20));
            return engine.Read(s => string.Join('\n', s.Clusters.SelectMany(c => c.Services).SelectMany(sv => sv.Events).Select(e => $"{e.Id} {e.CreatedAt:O} {e.Message}")));
        }

        Assert.Equal(History(), History());
    }
}
