namespace EcsConsole.Core.Security;

/// <summary>Thrown by the guard when an operation is refused; the message is written for the person who tried.</summary>
public sealed class OperationDeniedException : Exception
{
    public OperationDeniedException(MutatingOperation operation, string message)
        : base(message)
    {
        Operation = operation;
    }

    public MutatingOperation Operation { get; }
}
