using Bunit;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace EcsConsole.Web.Tests.Support;

/// <summary>Shared bUnit setup: loose JS interop, MudBlazor services, the fake monitor and a fake clock.</summary>
public abstract class ConsoleComponentTest : IAsyncLifetime
{
    internal FakeFleetMonitor Monitor { get; } = new();

    internal FakeConnectionIdentityService Identity { get; } = new();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    protected BunitContext Context { get; } = new();

    internal FakeMetricsReader Metrics { get; }

    protected ConsoleComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton<IFleetMonitor>(Monitor);
        Context.Services.AddSingleton<IConnectionIdentityService>(Identity);
        Context.Services.AddSingleton<TimeProvider>(Time);
        Metrics = new FakeMetricsReader(Time);
        Context.Services.AddSingleton<EcsConsole.Core.Metrics.IMetricsReader>(Metrics);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
