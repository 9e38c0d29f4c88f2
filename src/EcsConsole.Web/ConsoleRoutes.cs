namespace EcsConsole.Web;

/// <summary>
/// Every URL of the console, built and escaped here and nowhere else. Pages name their <c>@page</c> templates from the
/// constants; links call the builders. <c>RouteTableTests</c> fails on a route written inline anywhere else.
/// </summary>
public static class ConsoleRoutes
{
    public const string Home = "/";
    public const string SignIn = "/account/signin";
    public const string AccessDenied = "/account/denied";
    public const string Error = "/error";
    /// <summary>The Prometheus scrape endpoint, when <c>Telemetry:Prometheus:Enabled</c> (network-restricted).</summary>
    public const string Metrics = "/metrics";
    public const string NotFound = "/not-found";
    public const string Connection = "/connection";
    public const string Audit = "/audit";
    public const string Timeline = "/timeline";

    public const string Clusters = "/clusters";
    public const string ClusterTemplate = "/clusters/{Name}";
    public const string Services = "/services";
    public const string ServiceTemplate = "/clusters/{ClusterName}/services/{ServiceName}";
    public const string TaskTemplate = "/clusters/{ClusterName}/tasks/{TaskId}";
    public const string DeploymentsTemplate = "/clusters/{ClusterName}/services/{ServiceName}/deployments";
    public const string DeploymentTemplate = "/clusters/{ClusterName}/services/{ServiceName}/deployments/{DeploymentId}";

    public const string TaskDefinitions = "/task-definitions";
    public const string FamilyTemplate = "/task-definitions/{Family}";
    public const string RevisionTemplate = "/task-definitions/{Family}/{Revision:int}";
    public const string DiffTemplate = "/task-definitions/{Family}/diff";
    public const string Repositories = "/ecr";
    public const string RepositoryTemplate = "/ecr/{Name}";

    public const string Delivery = "/delivery";
    public const string NewPolicy = "/delivery/policies/new";
    public const string PolicyTemplate = "/delivery/policies/{PolicyName}";
    public const string DeliveryTimelineTemplate = "/delivery/{ClusterName}/{ServiceName}";

    public const string Wizards = "/wizards";
    public const string ClusterWizard = "/wizards/cluster";
    public const string IamRolesWizard = "/wizards/iam-roles";
    public const string ServiceWizard = "/wizards/service";
    public const string TaskDefinitionWizard = "/wizards/task-definition";

    public const string Users = "/admin/users";
    public const string Webhooks = "/admin/webhooks";
    public const string IamPolicy = "/admin/iam-policy";

    public const string PasswordSignIn = "/account/signin/password";
    public const string OidcSignIn = "/account/signin/oidc";
    public const string OidcCallback = "/account/signin/oidc-callback";
    public const string SignOut = "/account/signout";
    public const string AuditExportCsv = "/audit/export.csv";
    public const string AuditExportJson = "/audit/export.json";

    public static string Cluster(string cluster) => $"{Clusters}/{E(cluster)}";

    public static string ServicesOf(string cluster) => $"{Services}?cluster={E(cluster)}";

    /// <summary>The services list across every connection the user may use.</summary>
    public const string ServicesOfAllConnections = Services + "?connections=all";

    public const string ClustersOfAllConnections = Clusters + "?connections=all";

    /// <summary>Switches this session to a connection and region (checked and audited by the service layer), then opens a page there.</summary>
    public const string OpenOnConnection = "/connections/open";

    /// <summary>A page of another connection: following it switches this session there first.</summary>
    public static string OnConnection(string connection, string region, string to) =>
        $"{OpenOnConnection}?connection={E(connection)}&region={E(region)}&to={E(to)}";

    /// <summary>True for a path of this console (<c>/clusters/...</c>), not an address elsewhere (<c>//host</c>, <c>https:</c>).</summary>
    public static bool IsLocalPath(string? to) =>
        to is { Length: > 0 } && to[0] == '/' && (to.Length == 1 || (to[1] != '/' && to[1] != '\\'));

    public static string Service(string cluster, string service) => $"{Cluster(cluster)}/services/{E(service)}";

    public static string Task(string cluster, string taskId) => $"{Cluster(cluster)}/tasks/{E(taskId)}";

    public static string Deployments(string cluster, string service) => $"{Service(cluster, service)}/deployments";

    public static string Deployment(string cluster, string service, string deploymentArn) => $"{Deployments(cluster, service)}/{E(DeploymentId(deploymentArn))}";

    /// <summary>A deployment's id in its URL: the ARN's last path segment (<c>…:service-deployment/cluster/service/ID</c>), as the ECS console does.</summary>
    public static string DeploymentId(string deploymentArn)
    {
        var slash = deploymentArn.LastIndexOf('/');
        return slash < 0 ? deploymentArn : deploymentArn[(slash + 1)..];
    }

    public static bool HasDeploymentId(string deploymentArn, string id) => string.Equals(DeploymentId(deploymentArn), id, StringComparison.Ordinal);

    public static string Family(string family) => $"{TaskDefinitions}/{E(family)}";

    public static string Revision(string family, int revision) => $"{Family(family)}/{revision}";

    /// <summary>A <c>family:revision</c> text as a link to that revision, when it has that form.</summary>
    public static string? Revision(string familyRevision)
    {
        var colon = familyRevision.LastIndexOf(':');
        return colon > 0 && int.TryParse(familyRevision[(colon + 1)..], out var revision) ? Revision(familyRevision[..colon], revision) : null;
    }

    public static string Diff(string family, int from, int to) => $"{Family(family)}/diff?from={from}&to={to}";

    public static string Repository(string name) => $"{Repositories}/{E(name)}";

    public static string Image(string repository, string digest) => $"{Repository(repository)}?image={E(digest)}";

    public static string DeliveryTimeline(string cluster, string service) => $"{Delivery}/{E(cluster)}/{E(service)}";

    public static string Policy(string name) => $"{Delivery}/policies/{E(name)}";

    /// <summary>A wizard run reopened: <c>/wizards/&lt;Wizard&gt;?run=&lt;id&gt;</c>, where the wizard is its plan's name.</summary>
    public static string WizardRun(string wizard, string runId) => $"{Wizards}/{wizard}?run={E(runId)}";

    public static string ServiceWizardIn(string cluster) => $"{ServiceWizard}?cluster={E(cluster)}";

    /// <summary>The task definition wizard started from a family or a <c>family:revision</c>.</summary>
    public static string TaskDefinitionWizardFrom(string source) => $"{TaskDefinitionWizard}?from={E(source)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
