namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>A fact that is skipped, with the reason, when the AWS CLI is not on PATH.</summary>
public sealed class RequiresAwsCliFactAttribute : FactAttribute
{
    public RequiresAwsCliFactAttribute()
    {
        if (AwsCli.ExecutablePath is null)
        {
            Skip = "skipped: AWS CLI not found";
        }
    }
}
