namespace EcsConsole.Testing;

/// <summary>A theory that is skipped, with the reason, when the protocol tests and SigV4 suite are not available.</summary>
public sealed class RequiresAwsTestSuitesTheoryAttribute : TheoryAttribute
{
    public RequiresAwsTestSuitesTheoryAttribute()
    {
        if (AwsModelLocator.TestSuitesDirectory is null)
        {
            Skip = "skipped: " + AwsModelLocator.TestSuitesWhyMissing;
        }
    }
}
