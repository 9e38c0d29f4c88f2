using EcsConsole.Sandbox.Engine;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class PipelineTests
{
    [Fact]
    public void Pipeline_IntervalElapsed_PushesNextPatchTaggedLatest()
    {
        var options = SandboxTestContext.Options();
        options.PipelinePushIntervalHours = 1;
        var time = new FakeTimeProvider(SandboxTestContext.Start);
        using var engine = new SandboxEngine(options, time);
        var before = engine.Read(s => s.Repositories.ToDictionary(r => r.Name, r => r.Images.Count));

        time.Advance(TimeSpan.FromHours(1));

        var pushed = engine.Read(s => s.Repositories.Single(r => r.Images.Count != before[r.Name]));
        var latest = pushed.FindByTag("latest")!;
        Assert.Equal(SandboxTestContext.Start + TimeSpan.FromHours(1), latest.PushedAt);
        var version = Version.Parse(latest.Tags.Single(t => t != "latest"));
        var previous = pushed.Images.Where(i => i != latest).SelectMany(i => i.Tags).Where(t => t.Count(c => c == '.') == 2).Select(Version.Parse).Max()!;
        Assert.Equal(new Version(previous.Major, previous.Minor, previous.Build + 1), version);
    }

    [Fact]
    public void Pipeline_TurnedOff_PushesNothing()
    {
        var options = SandboxTestContext.Options();
        options.PipelinePushIntervalHours = 0;
        var time = new FakeTimeProvider(SandboxTestContext.Start);
        using var engine = new SandboxEngine(options, time);

        time.Advance(TimeSpan.FromHours(10));

        Assert.Equal(9 + 7 + 11 + 8, engine.Read(s => s.Repositories.Sum(r => r.Images.Count)));
    }
}
