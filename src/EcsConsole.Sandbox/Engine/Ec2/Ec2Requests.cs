namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>One permission of AuthorizeSecurityGroupIngress: a protocol and port range from CIDRs and/or source groups.</summary>
public sealed record IngressPermission(
    string Protocol,
    int? FromPort,
    int? ToPort,
    IReadOnlyList<(string CidrIp, string? Description)> IpRanges,
    IReadOnlyList<(string GroupId, string? Description)> SourceGroups);

/// <summary>The launch template data the sandbox keeps (everything else EC2 takes is accepted and ignored).</summary>
public sealed record LaunchTemplateData(
    string? ImageId,
    string? InstanceType,
    string? InstanceProfileName,
    string? InstanceProfileArn,
    IReadOnlyList<string> SecurityGroupIds,
    string? UserData);

/// <summary>CreateAutoScalingGroup's and UpdateAutoScalingGroup's input; for an update, null members keep their value.</summary>
public sealed record AutoScalingGroupRequest(
    string Name,
    string? LaunchTemplateId,
    string? LaunchTemplateName,
    string? LaunchTemplateVersion,
    int? MinSize,
    int? MaxSize,
    int? DesiredCapacity,
    string? VpcZoneIdentifier,
    bool? NewInstancesProtectedFromScaleIn,
    int? HealthCheckGracePeriod,
    IReadOnlyList<AutoScalingTagState> Tags);
