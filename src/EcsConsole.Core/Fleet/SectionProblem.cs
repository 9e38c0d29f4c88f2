using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Fleet;

/// <summary>A section of the service page that could not be read, and why, told for people.</summary>
/// <param name="Message">What failed, AWS's code and message, the advice and the request id, as sentences.</param>
public sealed record SectionProblem(string Section, string Message)
{
    public const string LoadBalancing = "Load balancing";
    public const string AutoScaling = "Auto scaling";
    public const string ServiceDiscovery = "Service discovery";
    public const string Tasks = "Tasks";
    public const string StoppedTaskHistory = "Stopped-task history";
    public const string TaskDefinition = "Task definition";

    /// <summary>True when the console's next poll can fix it (throttling, a server fault, the network).</summary>
    public bool Transient { get; init; }

    /// <summary>The failure behind the message, for the log; not compared.</summary>
    public AwsProblem? Problem { get; init; }

    public static SectionProblem From(string section, Exception exception)
    {
        var problem = AwsProblems.Describe(exception);
        return new SectionProblem(section, problem.ToString()) { Transient = problem.Transient, Problem = problem };
    }

    public bool Equals(SectionProblem? other) =>
        other is not null && Section == other.Section && Message == other.Message && Transient == other.Transient;

    public override int GetHashCode() => HashCode.Combine(Section, Message, Transient);
}
