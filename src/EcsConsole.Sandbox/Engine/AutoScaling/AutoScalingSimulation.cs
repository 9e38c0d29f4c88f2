using EcsConsole.Sandbox.Engine.Ec2;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.AutoScaling;

/// <summary>
/// Auto Scaling instances on the simulation's clock: launched Pending, InService once booted, then the ECS agent registers
/// them in the cluster its user data names (retrying until that cluster exists, as the agent does). Terminating one
/// deregisters its container instance and stops its tasks.
/// </summary>
internal sealed class AutoScalingSimulation(SandboxState state, ArnFactory arns, SandboxIds ids, AutoScalingSimulation.StopTask stopTask)
{
    /// <summary>Stops a task the way the ECS scheduler does (its stop code and reason), for tasks on a terminated instance.</summary>
    public delegate void StopTask(ClusterState cluster, TaskState task, DateTimeOffset now, string stopCode, string reason);

    private SandboxState State { get; } = state;

    private ArnFactory Arns { get; } = arns;

    private SandboxIds Ids { get; } = ids;

    /// <summary>How long an instance takes from launch to InService and a running ECS agent.</summary>
    public static readonly TimeSpan InstanceBootTime = TimeSpan.FromSeconds(45);

    /// <summary>Launches or terminates instances until the group has its desired capacity; returns the group as stored.</summary>
    public AutoScalingGroupState ScaleAutoScalingGroup(AutoScalingGroupState group, DateTimeOffset now)
    {
        var ec2 = State.Ec2;
        var instances = group.Instances.ToList();
        var template = ec2.FindLaunchTemplate(group.LaunchTemplateId, null);
        while (instances.Count < group.DesiredCapacity && template is not null)
        {
            // Balance across the group's subnets (availability zones), as Auto Scaling does.
            var subnet = group.SubnetIds.OrderBy(s => instances.Count(i => i.SubnetId == s)).ThenBy(s => s, StringComparer.Ordinal).First();
            var zone = ec2.Subnets.First(s => s.Id == subnet).AvailabilityZone;
            instances.Add(new AutoScalingInstanceState("i-0" + Ids.Hex(16), template.InstanceType, zone, subnet, now, group.NewInstancesProtectedFromScaleIn));
        }

        while (instances.Count > group.DesiredCapacity)
        {
            var victim = instances.Where(i => !i.ProtectedFromScaleIn).OrderByDescending(i => i.LaunchedAt).FirstOrDefault();
            if (victim is null)
            {
                break;
            }

            TerminateInstance(victim, now);
            instances.Remove(victim);
        }

        var scaled = group with { Instances = instances };
        ec2.AutoScalingGroups[ec2.AutoScalingGroups.FindIndex(g => g.Name == group.Name)] = scaled;
        return scaled;
    }

    public void TerminateInstance(AutoScalingInstanceState instance, DateTimeOffset now)
    {
        var cluster = instance.ClusterName is null ? null : State.FindCluster(instance.ClusterName);
        var containerInstance = cluster?.ContainerInstances.FirstOrDefault(c => c.Arn == instance.ContainerInstanceArn);
        if (cluster is null || containerInstance is null)
        {
            return;
        }

        foreach (var task in cluster.TasksOn(containerInstance).ToList())
        {
            stopTask(cluster, task, now, "TerminationNotice", "Container instance deregistered: its EC2 instance was terminated by Auto Scaling.");
        }

        cluster.ContainerInstances.Remove(containerInstance);
    }

    /// <summary>Gives the group's registered container instances the group's capacity provider.</summary>
    public void SyncCapacityProvider(AutoScalingGroupState group)
    {
        foreach (var instance in group.Instances.Where(i => i.ContainerInstanceArn is not null))
        {
            var containerInstance = State.FindCluster(instance.ClusterName!)?.ContainerInstances.FirstOrDefault(c => c.Arn == instance.ContainerInstanceArn);
            if (containerInstance is not null)
            {
                containerInstance.CapacityProviderName = group.CapacityProviderName ?? "";
            }
        }
    }

    /// <summary>Boots the instances whose boot time has passed and registers them with their cluster.</summary>
    public void Step(DateTimeOffset now)
    {
        var ec2 = State.Ec2;
        for (var g = 0; g < ec2.AutoScalingGroups.Count; g++)
        {
            var group = ec2.AutoScalingGroups[g];
            if (group.Instances.All(i => i.ContainerInstanceArn is not null))
            {
                continue;
            }

            var template = ec2.FindLaunchTemplate(group.LaunchTemplateId, null);
            var instances = group.Instances.Select(instance => Boot(group, template, instance, now)).ToList();
            ec2.AutoScalingGroups[g] = group with { Instances = instances };
        }
    }

    private AutoScalingInstanceState Boot(AutoScalingGroupState group, LaunchTemplateState? template, AutoScalingInstanceState instance, DateTimeOffset now)
    {
        if (instance.ContainerInstanceArn is not null || now - instance.LaunchedAt < InstanceBootTime)
        {
            return instance;
        }

        var booted = instance with { LifecycleState = "InService" };
        var cluster = State.FindCluster(Ec2Validation.EcsClusterOf(template?.UserData));
        if (cluster is not { Status: "ACTIVE" })
        {
            return booted;
        }

        var id = Ids.Hex(32);
        var (cpu, memory) = Ec2InstanceTypes.Registered(instance.InstanceType);
        var containerInstance = new ContainerInstanceState
        {
            Id = id,
            Arn = Arns.ContainerInstance(cluster.Name, id),
            Ec2InstanceId = instance.InstanceId,
            CapacityProviderName = group.CapacityProviderName ?? "",
            InstanceType = instance.InstanceType,
            AvailabilityZone = instance.AvailabilityZone,
            RegisteredCpu = cpu,
            RegisteredMemory = memory,
            RegisteredAt = now,
            Tags = group.Tags.Where(t => t.PropagateAtLaunch).ToDictionary(t => t.Key, t => t.Value),
        };
        cluster.ContainerInstances.Add(containerInstance);
        return booted with { ContainerInstanceArn = containerInstance.Arn, ClusterName = cluster.Name };
    }
}
