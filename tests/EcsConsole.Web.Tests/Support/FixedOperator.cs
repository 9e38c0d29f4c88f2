using EcsConsole.Core.Security;

namespace EcsConsole.Web.Tests.Support;

/// <summary>An <see cref="ICurrentOperator"/> that is whoever the test says.</summary>
internal sealed class FixedOperator : ICurrentOperator
{
    public OperatorIdentity? Identity { get; set; }

    public Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Identity);
}
