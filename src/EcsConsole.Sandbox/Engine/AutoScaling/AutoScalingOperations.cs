using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Engine.AutoScaling;

/// <summary>EC2 Auto Scaling groups: they launch instances from a launch template, which join their ECS cluster once booted.</summary>
public sealed partial class AutoScalingOperations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    /// <summary>The group of that name or ARN (e.g. for ECS CreateCapacityProvider's autoScalingGroupArn), or null.</summary>
    public AutoScalingGroupState? FindAutoScalingGroup(string nameOrArn) => Read(state => state.Ec2.FindAutoScalingGroup(nameOrArn));

    /// <summary>
    /// Ties a group to the ECS capacity provider built on it (CreateCapacityProvider): its instances' container instances,
    /// now and later, report that provider. Null unties it (DeleteCapacityProvider).
    /// </summary>
    public void SetAutoScalingGroupCapacityProvider(string nameOrArn, string? capacityProviderName) =>
        Write((sim, now) =>
        {
            var ec2 = sim.State.Ec2;
            var group = ec2.FindAutoScalingGroup(nameOrArn) ?? throw AutoScalingGroupNotFound(nameOrArn);
            ec2.AutoScalingGroups[ec2.AutoScalingGroups.IndexOf(group)] = group with { CapacityProviderName = capacityProviderName };
            sim.AutoScaling.SyncCapacityProvider(ec2.FindAutoScalingGroup(group.Name)!);
            return 0;
        });

    public AutoScalingGroupState CreateAutoScalingGroup(AutoScalingGroupRequest request) =>
        Write((sim, now) =>
        {
            var ec2 = sim.State.Ec2;
            if (ec2.FindAutoScalingGroup(request.Name) is not null)
            {
                throw new SandboxApiException("AlreadyExists", $"AutoScalingGroup by this name already exists - A group with the name {request.Name} already exists");
            }

            var template = FindTemplate(ec2, request) ?? throw Ec2Errors.Validation("You must use a valid fully-formed launch template. A launch template (LaunchTemplateId or LaunchTemplateName) is required.");
            var subnets = Subnets(ec2, request.VpcZoneIdentifier) ?? throw Ec2Errors.Validation("At least one Availability Zone or VPC Subnet is required.");
            var min = request.MinSize ?? throw Ec2Errors.Validation("1 validation error detected: Value null at 'minSize' failed to satisfy constraint: Member must not be null");
            var max = request.MaxSize ?? throw Ec2Errors.Validation("1 validation error detected: Value null at 'maxSize' failed to satisfy constraint: Member must not be null");
            var desired = request.DesiredCapacity ?? min;
            CheckSizes(min, max, desired);
            var group = new AutoScalingGroupState(
                request.Name,
                $"arn:aws:autoscaling:{Arns.Region}:{Arns.AccountId}:autoScalingGroup:{sim.Ids.Guid()}:autoScalingGroupName/{request.Name}",
                template.Id, template.Name, request.LaunchTemplateVersion ?? "$Default", min, max, desired, subnets,
                request.NewInstancesProtectedFromScaleIn ?? false, request.HealthCheckGracePeriod ?? 0, request.Tags, now, []);
            ec2.AutoScalingGroups.Add(group);
            return sim.AutoScaling.ScaleAutoScalingGroup(group, now);
        });

    /// <summary>Groups by name (unknown names are left out, as Auto Scaling does), or all, in creation order.</summary>
    public IReadOnlyList<AutoScalingGroupState> DescribeAutoScalingGroups(IReadOnlyList<string> names) =>
        Read(state => state.Ec2.AutoScalingGroups.Where(g => names.Count == 0 || names.Contains(g.Name) || names.Contains(g.Arn)).ToList());

    /// <summary>Changes sizes, template or subnets; a new desired capacity launches or terminates instances (newest first).</summary>
    public AutoScalingGroupState UpdateAutoScalingGroup(AutoScalingGroupRequest request) =>
        Write((sim, now) =>
        {
            var ec2 = sim.State.Ec2;
            var group = ec2.FindAutoScalingGroup(request.Name) ?? throw AutoScalingGroupNotFound(request.Name);
            var template = request.LaunchTemplateId is null && request.LaunchTemplateName is null
                ? null
                : FindTemplate(ec2, request) ?? throw Ec2Errors.Validation("You must use a valid fully-formed launch template. The launch template does not exist.");
            var subnets = request.VpcZoneIdentifier is null ? group.SubnetIds : Subnets(ec2, request.VpcZoneIdentifier)!;
            var min = request.MinSize ?? group.MinSize;
            var max = request.MaxSize ?? group.MaxSize;
            // Auto Scaling moves the desired capacity into new bounds when only the bounds change.
            var desired = request.DesiredCapacity ?? Math.Clamp(group.DesiredCapacity, min, Math.Max(min, max));
            CheckSizes(min, max, desired);
            var updated = group with
            {
                LaunchTemplateId = template?.Id ?? group.LaunchTemplateId,
                LaunchTemplateName = template?.Name ?? group.LaunchTemplateName,
                LaunchTemplateVersion = request.LaunchTemplateVersion ?? group.LaunchTemplateVersion,
                MinSize = min,
                MaxSize = max,
                DesiredCapacity = desired,
                SubnetIds = subnets,
                NewInstancesProtectedFromScaleIn = request.NewInstancesProtectedFromScaleIn ?? group.NewInstancesProtectedFromScaleIn,
            };
            ec2.AutoScalingGroups[ec2.AutoScalingGroups.IndexOf(group)] = updated;
            return sim.AutoScaling.ScaleAutoScalingGroup(updated, now);
        });

    /// <summary>Deletes a group; with instances left only when forced, which terminates them (their container instances deregister).</summary>
    public void DeleteAutoScalingGroup(string name, bool forceDelete) =>
        Write((sim, now) =>
        {
            var ec2 = sim.State.Ec2;
            var group = ec2.FindAutoScalingGroup(name) ?? throw AutoScalingGroupNotFound(name);
            if (group.Instances.Count > 0 && !forceDelete)
            {
                throw new SandboxApiException("ResourceInUse",
                    "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.");
            }

            foreach (var instance in group.Instances)
            {
                sim.AutoScaling.TerminateInstance(instance, now);
            }

            ec2.AutoScalingGroups.Remove(group);
            return 0;
        });

    private static SandboxApiException AutoScalingGroupNotFound(string name) =>
        Ec2Errors.Validation($"AutoScalingGroup name not found - AutoScalingGroup '{name}' not found");

    private static LaunchTemplateState? FindTemplate(Ec2State ec2, AutoScalingGroupRequest request)
    {
        if (request.LaunchTemplateId is null && request.LaunchTemplateName is null)
        {
            return null;
        }

        return ec2.FindLaunchTemplate(request.LaunchTemplateId, request.LaunchTemplateName)
            ?? throw Ec2Errors.Validation($"You must use a valid fully-formed launch template. The launch template with template {(request.LaunchTemplateId is null ? "name " + request.LaunchTemplateName : "ID " + request.LaunchTemplateId)} does not exist.");
    }

    // VPCZoneIdentifier is a comma-separated list of subnet ids; each must exist.
    private static IReadOnlyList<string>? Subnets(Ec2State ec2, string? vpcZoneIdentifier)
    {
        var ids = (vpcZoneIdentifier ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            return null;
        }

        var missing = ids.FirstOrDefault(id => ec2.Subnets.All(s => s.Id != id));
        return missing is null ? ids : throw Ec2Errors.Validation($"The subnet ID '{missing}' does not exist");
    }

    private static void CheckSizes(int min, int max, int desired)
    {
        if (min < 0 || max < 0)
        {
            throw Ec2Errors.Validation("MinSize and MaxSize must be 0 or more.");
        }

        if (max < min)
        {
            throw Ec2Errors.Validation($"Max bound, {max}, must be greater than or equal to min bound, {min}");
        }

        if (desired < min || desired > max)
        {
            throw Ec2Errors.Validation($"Desired capacity:{desired} must be between the specified min size:{min} and max size:{max}");
        }
    }
}
