namespace EcsConsole.Core.Delivery;

/// <summary>Input the delivery service refused before doing anything; <see cref="Problems"/> says what to fix.</summary>
public sealed class DeliveryValidationException(IReadOnlyList<string> problems) : InvalidOperationException(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
