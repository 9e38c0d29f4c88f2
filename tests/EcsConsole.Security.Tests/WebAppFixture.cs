using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>One running app (Development, known administrator password) shared by a test class.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string AdminPassword = "web-tests-admin-password";

    public TestWebApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestWebApp.StartAsync(extraArgs: [$"--Auth:BootstrapAdmin:Password={AdminPassword}"]);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
