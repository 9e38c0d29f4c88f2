namespace EcsConsole.EndToEnd.Tests.MultiInstance;

/// <summary>A fact that runs against PostgreSQL when <c>ECSCONSOLE_TEST_POSTGRES</c> holds a connection string, and is skipped with the reason otherwise.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public const string Variable = "ECSCONSOLE_TEST_POSTGRES";

    public RequiresPostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"skipped: {Variable} is not set (an Npgsql connection string to a server where the tests may create databases)";
        }
    }
}
