using EcsConsole.Core.Security;

namespace EcsConsole.Security.Tests.Support;

/// <summary>An <see cref="ICurrentOperator"/> whose identity the test sets.</summary>
public sealed class TestOperator : ICurrentOperator
{
    public OperatorIdentity? Identity { get; set; }

    public Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Identity);

    public void SignInAs(string name, ConsoleRole role) => Identity = new OperatorIdentity(name, role, IsLocalAccount: false);
}
