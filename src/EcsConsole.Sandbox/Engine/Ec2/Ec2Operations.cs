using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>EC2 network lookups, security groups and launch templates, under the engine's lock like everything else.</summary>
public sealed partial class Ec2Operations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    private static readonly Regex LaunchTemplateName = new(@"^[a-zA-Z0-9\(\)\.\-/_]{3,128}$", RegexOptions.CultureInvariant);
    private static readonly Regex ImageId = new("^ami-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);

    public IReadOnlyList<VpcState> DescribeVpcs(IReadOnlyList<string> ids, IReadOnlyList<Ec2Filter> filters) =>
        Read(state =>
        {
            var missing = ids.FirstOrDefault(id => state.Ec2.Vpcs.All(v => v.Id != id));
            if (missing is not null)
            {
                throw Ec2Errors.VpcNotFound(missing);
            }

            return state.Ec2.Vpcs
                .Where(v => ids.Count == 0 || ids.Contains(v.Id))
                .Where(v => Ec2Filter.MatchAll(filters, name => name switch
                {
                    "vpc-id" => [v.Id],
                    "is-default" or "isDefault" => [v.IsDefault ? "true" : "false"],
                    "cidr" or "cidr-block-association.cidr-block" => [v.CidrBlock],
                    "state" => ["available"],
                    "owner-id" => [Arns.AccountId],
                    _ => Ec2Filter.Tag(name, v.Tags),
                }))
                .ToList();
        });

    public IReadOnlyList<SubnetState> DescribeSubnets(IReadOnlyList<string> ids, IReadOnlyList<Ec2Filter> filters) =>
        Read(state =>
        {
            var missing = ids.FirstOrDefault(id => state.Ec2.Subnets.All(s => s.Id != id));
            if (missing is not null)
            {
                throw Ec2Errors.SubnetNotFound(missing);
            }

            return state.Ec2.Subnets
                .Where(s => ids.Count == 0 || ids.Contains(s.Id))
                .Where(s => Ec2Filter.MatchAll(filters, name => name switch
                {
                    "vpc-id" => [s.VpcId],
                    "subnet-id" => [s.Id],
                    "availability-zone" or "availabilityZone" => [s.AvailabilityZone],
                    "availability-zone-id" or "availabilityZoneId" => [s.AvailabilityZoneId],
                    "default-for-az" or "defaultForAz" => [s.DefaultForAz ? "true" : "false"],
                    "cidr-block" or "cidrBlock" or "cidr" => [s.CidrBlock],
                    "state" => ["available"],
                    _ => Ec2Filter.Tag(name, s.Tags),
                }))
                .ToList();
        });

    public IReadOnlyList<SecurityGroupState> DescribeSecurityGroups(IReadOnlyList<string> ids, IReadOnlyList<string> names, IReadOnlyList<Ec2Filter> filters) =>
        Read(state =>
        {
            var missing = ids.FirstOrDefault(id => state.Ec2.FindSecurityGroup(id) is null);
            if (missing is not null)
            {
                throw Ec2Errors.GroupNotFound(missing);
            }

            // Names are looked up in the default VPC, as EC2 does for GroupName.
            var defaultVpc = state.Ec2.Vpcs.FirstOrDefault(v => v.IsDefault)?.Id;
            var missingName = names.FirstOrDefault(n => !state.Ec2.SecurityGroups.Any(g => g.Name == n && g.VpcId == defaultVpc));
            if (missingName is not null)
            {
                throw new SandboxApiException("InvalidGroup.NotFound", $"The security group '{missingName}' does not exist in default VPC '{defaultVpc}'");
            }

            return state.Ec2.SecurityGroups
                .Where(g => ids.Count == 0 || ids.Contains(g.Id))
                .Where(g => names.Count == 0 || (names.Contains(g.Name) && g.VpcId == defaultVpc))
                .Where(g => Ec2Filter.MatchAll(filters, name => name switch
                {
                    "vpc-id" => [g.VpcId],
                    "group-id" => [g.Id],
                    "group-name" => [g.Name],
                    "description" => [g.Description],
                    "owner-id" => [Arns.AccountId],
                    _ => Ec2Filter.Tag(name, g.Tags),
                }))
                .ToList();
        });

    /// <summary>Creates a group in the VPC (the default VPC when none is named) with EC2's default allow-all egress.</summary>
    public SecurityGroupState CreateSecurityGroup(string? name, string? description, string? vpcId, IReadOnlyDictionary<string, string> tags) =>
        Write((sim, _) =>
        {
            var ec2 = sim.State.Ec2;
            if (string.IsNullOrEmpty(name))
            {
                throw Ec2Errors.MissingParameter("groupName");
            }

            if (string.IsNullOrEmpty(description))
            {
                throw Ec2Errors.MissingParameter("groupDescription");
            }

            if (name.StartsWith("sg-", StringComparison.OrdinalIgnoreCase) || name.Length > 255)
            {
                throw Ec2Errors.InvalidParameterValue($"Invalid security group name '{name}': group names may not be in the format sg-* and are at most 255 characters.");
            }

            var vpc = vpcId is null
                ? ec2.Vpcs.FirstOrDefault(v => v.IsDefault) ?? throw new SandboxApiException("VPCIdNotSpecified", "No default VPC for this user")
                : ec2.Vpcs.FirstOrDefault(v => v.Id == vpcId) ?? throw Ec2Errors.VpcNotFound(vpcId);
            if (ec2.SecurityGroups.Any(g => g.VpcId == vpc.Id && g.Name == name))
            {
                throw new SandboxApiException("InvalidGroup.Duplicate", $"The security group '{name}' already exists for VPC '{vpc.Id}'");
            }

            var group = new SecurityGroupState("sg-0" + sim.Ids.Hex(16), name, description, vpc.Id, [], tags);
            ec2.SecurityGroups.Add(group);
            return group;
        });

    /// <summary>Adds ingress rules; EC2 refuses the whole call when one of them exists already (InvalidPermission.Duplicate).</summary>
    public IReadOnlyList<IngressRuleState> AuthorizeSecurityGroupIngress(string? groupId, IReadOnlyList<IngressPermission> permissions) =>
        Write((sim, _) =>
        {
            var ec2 = sim.State.Ec2;
            if (string.IsNullOrEmpty(groupId))
            {
                throw Ec2Errors.MissingParameter("groupId");
            }

            var group = ec2.FindSecurityGroup(groupId) ?? throw Ec2Errors.GroupNotFound(groupId);
            if (permissions.Count == 0)
            {
                throw Ec2Errors.MissingParameter("ipPermissions");
            }

            var added = new List<IngressRuleState>();
            foreach (var permission in permissions)
            {
                var protocol = Ec2Validation.Protocol(permission);
                foreach (var (cidr, description) in permission.IpRanges)
                {
                    Ec2Validation.Cidr(cidr);
                    added.Add(new IngressRuleState("sgr-0" + sim.Ids.Hex(16), protocol, permission.FromPort, permission.ToPort, cidr, null, description));
                }

                foreach (var (source, description) in permission.SourceGroups)
                {
                    if (ec2.FindSecurityGroup(source) is null)
                    {
                        throw Ec2Errors.GroupNotFound(source);
                    }

                    added.Add(new IngressRuleState("sgr-0" + sim.Ids.Hex(16), protocol, permission.FromPort, permission.ToPort, null, source, description));
                }

                if (permission.IpRanges.Count == 0 && permission.SourceGroups.Count == 0)
                {
                    throw Ec2Errors.InvalidParameterValue("The request must name at least one source: an IP range (CidrIp) or a security group (UserIdGroupPairs).");
                }
            }

            var duplicate = added.FirstOrDefault(rule => group.Ingress.Any(existing => Ec2Validation.SameRule(existing, rule)));
            if (duplicate is not null)
            {
                throw new SandboxApiException("InvalidPermission.Duplicate",
                    $"the specified rule \"peer: {duplicate.CidrIp ?? duplicate.SourceGroupId}, {duplicate.Protocol.ToUpperInvariant()}, from port: {duplicate.FromPort}, to port: {duplicate.ToPort}, ALLOW\" already exists");
            }

            ec2.SecurityGroups[ec2.SecurityGroups.IndexOf(group)] = group with { Ingress = [.. group.Ingress, .. added] };
            return added;
        });

    /// <summary>Deletes a group by id (or by name in the default VPC); EC2 refuses the default group and a group still referenced.</summary>
    public string DeleteSecurityGroup(string? groupId, string? groupName) =>
        Write((sim, _) =>
        {
            var ec2 = sim.State.Ec2;
            var defaultVpc = ec2.Vpcs.FirstOrDefault(v => v.IsDefault)?.Id;
            var group = groupId is not null
                ? ec2.FindSecurityGroup(groupId) ?? throw Ec2Errors.GroupNotFound(groupId)
                : groupName is not null
                    ? ec2.SecurityGroups.FirstOrDefault(g => g.Name == groupName && g.VpcId == defaultVpc)
                        ?? throw new SandboxApiException("InvalidGroup.NotFound", $"The security group '{groupName}' does not exist in default VPC '{defaultVpc}'")
                    : throw Ec2Errors.MissingParameter("groupId");
            if (group.Name == "default")
            {
                throw new SandboxApiException("CannotDelete", $"the specified group: \"{group.Id}\" name: \"default\" cannot be deleted by a user");
            }

            var referencing = ec2.SecurityGroups.FirstOrDefault(g => g.Id != group.Id && g.Ingress.Any(r => r.SourceGroupId == group.Id));
            var launched = ec2.AutoScalingGroups.Any(asg => asg.Instances.Count > 0
                && ec2.FindLaunchTemplate(asg.LaunchTemplateId, null)?.SecurityGroupIds.Contains(group.Id) == true);
            if (referencing is not null || launched)
            {
                throw new SandboxApiException("DependencyViolation", $"resource {group.Id} has a dependent object");
            }

            ec2.SecurityGroups.Remove(group);
            return group.Id;
        });

    /// <summary>
    /// As EC2 CreateLaunchTemplate. A <paramref name="clientToken"/> already used answers the template that request made
    /// when the parameters are the same (a retry whose answer was lost), and IdempotentParameterMismatch otherwise.
    /// </summary>
    public LaunchTemplateState CreateLaunchTemplate(string? name, LaunchTemplateData? data, IReadOnlyDictionary<string, string> tags, string createdBy, string? clientToken = null) =>
        Write((sim, now) =>
        {
            var ec2 = sim.State.Ec2;
            var fingerprint = LaunchTemplateFingerprint(name, data, tags);
            if (!string.IsNullOrEmpty(clientToken))
            {
                if (clientToken.Length > 128)
                {
                    throw Ec2Errors.InvalidParameterValue("ClientToken must be at most 128 ASCII characters.");
                }

                if (ec2.LaunchTemplates.FirstOrDefault(t => t.ClientToken == clientToken) is { } earlier)
                {
                    return earlier.RequestFingerprint == fingerprint ? earlier : throw Ec2Errors.IdempotentParameterMismatch(clientToken);
                }
            }

            if (string.IsNullOrEmpty(name))
            {
                throw Ec2Errors.MissingParameter("LaunchTemplateName");
            }

            if (!LaunchTemplateName.IsMatch(name))
            {
                throw Ec2Errors.InvalidParameterValue($"Launch template name '{name}' is invalid: use 3 to 128 letters, digits and ( ) . - / _ characters.");
            }

            if (data is null)
            {
                throw Ec2Errors.MissingParameter("LaunchTemplateData");
            }

            if (ec2.LaunchTemplates.Any(t => t.Name == name))
            {
                throw new SandboxApiException("InvalidLaunchTemplateName.AlreadyExistsException", "Launch template name already in use.");
            }

            if (data.ImageId is null || !ImageId.IsMatch(data.ImageId))
            {
                throw new SandboxApiException("InvalidAMIID.Malformed", $"Invalid id: \"{data.ImageId}\" (expecting \"ami-...\")");
            }

            if (data.InstanceType is null || !Ec2InstanceTypes.IsKnown(data.InstanceType))
            {
                throw Ec2Errors.InvalidParameterValue($"Invalid value '{data.InstanceType}' for InstanceType.");
            }

            var missingGroup = data.SecurityGroupIds.FirstOrDefault(id => ec2.FindSecurityGroup(id) is null);
            if (missingGroup is not null)
            {
                throw Ec2Errors.GroupNotFound(missingGroup);
            }

            Ec2Validation.UserData(data.UserData);
            var profile = data.InstanceProfileName ?? data.InstanceProfileArn?[(data.InstanceProfileArn.LastIndexOf('/') + 1)..];
            var template = new LaunchTemplateState("lt-0" + sim.Ids.Hex(16), name, now, createdBy, data.ImageId, data.InstanceType,
                profile, data.SecurityGroupIds, data.UserData, tags)
            {
                ClientToken = string.IsNullOrEmpty(clientToken) ? null : clientToken,
                RequestFingerprint = fingerprint,
            };
            ec2.LaunchTemplates.Add(template);
            return template;
        });

    // Everything of the request that shapes the template; tags in key order so their order on the wire does not count.
    private static string LaunchTemplateFingerprint(string? name, LaunchTemplateData? data, IReadOnlyDictionary<string, string> tags) =>
        string.Join("\u001f", new[]
        {
            name ?? "", data?.ImageId ?? "", data?.InstanceType ?? "", data?.InstanceProfileName ?? "", data?.InstanceProfileArn ?? "",
            string.Join(",", data?.SecurityGroupIds ?? []), data?.UserData ?? "",
            string.Join(",", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}")),
        });

    public IReadOnlyList<LaunchTemplateState> DescribeLaunchTemplates(IReadOnlyList<string> ids, IReadOnlyList<string> names, IReadOnlyList<Ec2Filter> filters) =>
        Read(state =>
        {
            var ec2 = state.Ec2;
            if (names.Any(n => ec2.LaunchTemplates.All(t => t.Name != n)))
            {
                throw Ec2Errors.LaunchTemplateNameNotFound();
            }

            var missingId = ids.FirstOrDefault(id => ec2.LaunchTemplates.All(t => t.Id != id));
            if (missingId is not null)
            {
                throw Ec2Errors.LaunchTemplateIdNotFound(missingId);
            }

            return ec2.LaunchTemplates
                .Where(t => (ids.Count == 0 && names.Count == 0) || ids.Contains(t.Id) || names.Contains(t.Name))
                .Where(t => Ec2Filter.MatchAll(filters, name => name switch
                {
                    "launch-template-name" => [t.Name],
                    "create-time" => [t.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", System.Globalization.CultureInfo.InvariantCulture)],
                    _ => Ec2Filter.Tag(name, t.Tags),
                }))
                .ToList();
        });

    public LaunchTemplateState DeleteLaunchTemplate(string? id, string? name) =>
        Write((sim, _) =>
        {
            var ec2 = sim.State.Ec2;
            if (id is null && name is null)
            {
                throw Ec2Errors.MissingParameter("LaunchTemplateId or LaunchTemplateName");
            }

            var template = ec2.FindLaunchTemplate(id, name)
                ?? throw (id is not null ? Ec2Errors.LaunchTemplateIdNotFound(id) : Ec2Errors.LaunchTemplateNameNotFound());
            ec2.LaunchTemplates.Remove(template);
            return template;
        });
}
