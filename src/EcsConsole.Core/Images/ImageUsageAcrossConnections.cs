using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Images;

/// <summary>One connection's image uses, or why they are not known.</summary>
/// <param name="Account">The account STS named; null when it could not be reached.</param>
/// <param name="Usage">Its uses; null when the connection could not be reached or read.</param>
/// <param name="Problem">Why the uses are missing or partial; null when all were read.</param>
public sealed record ConnectionImageUsage(string Connection, string? Account, string Region, ImageUsage? Usage, AwsProblem? Problem)
{
    /// <summary>True when every use on this connection is known (its fleet read and nothing failed).</summary>
    public bool Complete => Usage is { FleetKnown: true } && Problem is null;
}

/// <summary>Where one image runs on one connection: its account and region beside the use.</summary>
public sealed record ImageUseWhere(string Connection, string? Account, string Region, ImageUse Use);

/// <summary>The image uses of every connection the user may see, for the image map across accounts.</summary>
public sealed record ImageUsageAcross(IReadOnlyList<ConnectionImageUsage> Connections)
{
    /// <summary>True when every connection's uses are known: only then may "runs nowhere else" be said.</summary>
    public bool Complete => Connections.All(c => c.Complete);

    /// <summary>
    /// The uses of one image on every connection: a repository is in one account's registry, but services in other
    /// accounts pull it by the same URI, so they are matched by repository URI and digest (or a tag of it).
    /// </summary>
    public IReadOnlyList<ImageUseWhere> Of(string repositoryUri, string digest, IReadOnlyCollection<string> tags) =>
        [.. Connections
            .Where(c => c.Usage is not null)
            .SelectMany(c => c.Usage!.Of(repositoryUri, digest, tags).Select(u => new ImageUseWhere(c.Connection, c.Account, c.Region, u)))
            .OrderBy(w => w.Connection, StringComparer.Ordinal)
            .ThenBy(w => w.Region, StringComparer.Ordinal)
            .ThenBy(w => w.Use.Cluster, StringComparer.Ordinal)
            .ThenBy(w => w.Use.Service, StringComparer.Ordinal)];
}

/// <summary>
/// Reads the image map of every connection the signed-in user may see (each in the session's region when it is the
/// session's connection, in its default region otherwise, as the fleet across connections does), through the shared
/// per-connection <see cref="ImageUsageIndex"/>. Transient (per use): it holds nothing; a connection that cannot be
/// reached or read is one entry with its problem, never a failed answer.
/// </summary>
public sealed class ImageUsageAcrossConnections(
    CurrentConnection current,
    ConnectionCatalog catalog,
    ConnectionAccounts accounts,
    ImageUsageIndex index,
    AwsConnection aws,
    ICurrentOperator currentOperator)
{
    public async Task<ImageUsageAcross> ReadAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        var connections = new List<ConnectionImageUsage>();
        foreach (var (connection, _) in current.Usable(actor))
        {
            var region = connection.Name == current.Connection.Name ? current.Region : connection.DefaultRegion;
            var settings = catalog.SettingsFor(connection, region);
            var account = await accounts.GetAsync(settings, cancellationToken);
            var accountId = account.Account ?? connection.AccountFromArn;
            if (account.Problem is not null)
            {
                connections.Add(new ConnectionImageUsage(connection.Name, accountId, region, null,
                    new AwsProblem($"Reaching connection {connection.Name}", null, account.Problem, null, "Check the connection's credentials and role, then reload.")));
                continue;
            }
            try
            {
                ImageUsage usage;
                using (aws.Use(settings))
                {
                    usage = await index.GetAsync(cancellationToken);
                }
                var problem = usage.Problem ?? (usage.FleetKnown ? null : new AwsProblem(
                    $"Reading where images run on {connection.Name}", null, "the fleet monitor of this connection has not completed its first read yet", null, "Reload in a few seconds.")
                { Transient = true });
                connections.Add(new ConnectionImageUsage(connection.Name, accountId, region, usage, problem));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var problem = AwsProblems.Describe(ex);
                connections.Add(new ConnectionImageUsage(connection.Name, accountId, region, null, problem with { What = $"{problem.What} on {connection.Name}" }));
            }
        }
        return new ImageUsageAcross(connections);
    }
}
