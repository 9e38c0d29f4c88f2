namespace EcsConsole.Testing;

/// <summary>A theory that is skipped, with the reason, when the AWS service models are not available.</summary>
public sealed class RequiresAwsModelsTheoryAttribute : TheoryAttribute
{
    public RequiresAwsModelsTheoryAttribute()
    {
        if (AwsModelLocator.ServiceModelsDirectory is null)
        {
            Skip = "skipped: " + AwsModelLocator.ServiceModelsWhyMissing;
        }
    }
}
