namespace EcsConsole.Testing;

/// <summary>A fact that is skipped, with the reason, when the protocol tests and SigV4 suite are not available.</summary>
public sealed class RequiresAwsTestSuitesFactAttribute : FactAttribute
{
    public RequiresAwsTestSuitesFactAttribute()
    {
        if (AwsModelLocator.TestSuitesDirectory is null)
        {
            Skip = "skipped: " + AwsModelLocator.TestSuitesWhyMissing;
        }
    }
}
