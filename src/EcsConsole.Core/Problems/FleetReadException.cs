namespace EcsConsole.Core.Problems;

/// <summary>A fleet read that failed, naming the AWS call in words (for example "ListServices for cluster prod").</summary>
public sealed class FleetReadException(string operation, Exception innerException)
    : Exception($"{operation} failed: {innerException.Message}", innerException)
{
    public string Operation { get; } = operation;
}
