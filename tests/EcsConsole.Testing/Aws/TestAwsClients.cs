using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Testing.Aws;

/// <summary>
/// The AWS clients as fixtures need them: the rate budget opened wide. The budget refills on the injected clock, and a
/// fixture's fake clock only moves when its test moves it, so a fixture that sends more than a bucket's burst would
/// wait forever for a token.
/// </summary>
public static class TestAwsClients
{
    /// <summary>The client-side limit switched off; AWS (or the sandbox's throttle mode) still throttles.</summary>
    public static AwsRateBudgetOptions BudgetOff => new() { Enabled = false };

    /// <summary><see cref="AwsServiceCollectionExtensions.AddAwsClients"/> with <see cref="BudgetOff"/>.</summary>
    public static IServiceCollection AddAwsClientsWithoutBudget(this IServiceCollection services) =>
        services.AddSingleton(BudgetOff).AddAwsClients();
}
