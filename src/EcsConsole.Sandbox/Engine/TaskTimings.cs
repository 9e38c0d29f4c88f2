namespace EcsConsole.Sandbox.Engine;

/// <summary>Simulated durations of each task state, close to what ECS shows for a small web service.</summary>
public sealed record TaskTimings
{
    public TimeSpan FargateProvisioning { get; init; } = TimeSpan.FromSeconds(6);

    public TimeSpan Ec2Provisioning { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Image pull on Fargate, where nothing is cached.</summary>
    public TimeSpan FargatePull { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Image pull on an EC2 instance, mostly from its layer cache.</summary>
    public TimeSpan Ec2Pull { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Registering the task in its target group.</summary>
    public TimeSpan Activating { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a container from an image that cannot start runs before it exits.</summary>
    public TimeSpan BrokenImageExit { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Target group deregistration delay while the task drains connections.</summary>
    public TimeSpan Draining { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Between SIGTERM and the containers having exited.</summary>
    public TimeSpan Stopping { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Deprovisioning { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>ECS keeps stopped tasks describable for about an hour.</summary>
    public TimeSpan StoppedRetention { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan Provisioning(string launchType) => launchType == "FARGATE" ? FargateProvisioning : Ec2Provisioning;

    public TimeSpan Pull(string launchType) => launchType == "FARGATE" ? FargatePull : Ec2Pull;
}
