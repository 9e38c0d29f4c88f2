using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Persistence;

public sealed class SandboxStateSerializerTests
{
    [Fact]
    public void Serialize_SeededState_RoundTripsToTheSameJson()
    {
        using var engine = new SandboxEngine(new SandboxOptions(), new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T10:00:00Z")));
        var json = engine.Read(SandboxStateSerializer.Serialize);

        var again = SandboxStateSerializer.Serialize(SandboxStateSerializer.Deserialize(json));

        Assert.Equal(json, again);
    }
}
