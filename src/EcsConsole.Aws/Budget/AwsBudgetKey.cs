namespace EcsConsole.Aws.Budget;

/// <summary>One bucket of the budget: AWS throttles per account and region, per service and category.</summary>
public sealed record AwsBudgetKey(string Account, string Region, AwsThrottleCategory Category)
{
    /// <summary>
    /// The account as far as the console knows it before calling: the account of the role the connection assumes, else the
    /// connection (one configured connection is one set of credentials, so one account), else its profile.
    /// </summary>
    public static string AccountOf(AwsConnectionSettings settings) =>
        settings.AssumeRole?.RoleArn.Split(':') is [_, _, _, _, { Length: > 0 } account, ..]
            ? account
            : settings.ConnectionName ?? settings.Profile ?? settings.EndpointUrl ?? "default";

    public override string ToString() => $"{Account}/{Region}/{Category}";
}
