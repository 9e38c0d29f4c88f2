namespace EcsConsole.Web.Security;

/// <summary>Authorization policy names for pages; the service layer enforces the same roles through the operation guard.</summary>
public static class ConsolePolicies
{
    public const string Operator = "ConsoleOperator";
    public const string Admin = "ConsoleAdmin";
}
