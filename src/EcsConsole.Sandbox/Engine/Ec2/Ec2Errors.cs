namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>EC2's and EC2 Auto Scaling's own error codes and messages for the failures the sandbox models.</summary>
public static class Ec2Errors
{
    public static SandboxApiException VpcNotFound(string id) => new("InvalidVpcID.NotFound", $"The vpc ID '{id}' does not exist");

    public static SandboxApiException SubnetNotFound(string id) => new("InvalidSubnetID.NotFound", $"The subnet ID '{id}' does not exist");

    public static SandboxApiException GroupNotFound(string id) => new("InvalidGroup.NotFound", $"The security group '{id}' does not exist");

    public static SandboxApiException MissingParameter(string name) => new("MissingParameter", $"The request must contain the parameter {name}");

    public static SandboxApiException InvalidParameterValue(string message) => new("InvalidParameterValue", message);

    public static SandboxApiException LaunchTemplateNameNotFound() =>
        new("InvalidLaunchTemplateName.NotFoundException", "At least one of the launch templates specified in the request does not exist.");

    public static SandboxApiException LaunchTemplateIdNotFound(string id) =>
        new("InvalidLaunchTemplateId.NotFound", $"The specified launch template, with template ID {id}, does not exist.");

    /// <summary>A client token used before with other parameters (EC2's idempotency rule).</summary>
    public static SandboxApiException IdempotentParameterMismatch(string token) =>
        new("IdempotentParameterMismatch", $"The client token '{token}' was used before with different request parameters. Use a new client token for a different request.");

    /// <summary>Auto Scaling answers every invalid input with ValidationError and a sentence.</summary>
    public static SandboxApiException Validation(string message) => new("ValidationError", message);
}
