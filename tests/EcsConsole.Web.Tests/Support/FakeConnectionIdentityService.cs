using EcsConsole.Core.Connection;

namespace EcsConsole.Web.Tests.Support;

internal sealed class FakeConnectionIdentityService : IConnectionIdentityService
{
    public ConnectionIdentity Identity { get; set; } = new("Sandbox", "eu-west-1", null, null);

    public event Action? Changed;

    public Task<ConnectionIdentity> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Identity);

    public void Switch(ConnectionIdentity identity)
    {
        Identity = identity;
        Changed?.Invoke();
    }
}
