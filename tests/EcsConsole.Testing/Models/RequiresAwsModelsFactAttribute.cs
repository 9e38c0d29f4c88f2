namespace EcsConsole.Testing;

/// <summary>A fact that is skipped, with the reason, when the AWS service models are not available.</summary>
public sealed class RequiresAwsModelsFactAttribute : FactAttribute
{
    public RequiresAwsModelsFactAttribute()
    {
        if (AwsModelLocator.ServiceModelsDirectory is null)
        {
            Skip = "skipped: " + AwsModelLocator.ServiceModelsWhyMissing;
        }
    }
}
