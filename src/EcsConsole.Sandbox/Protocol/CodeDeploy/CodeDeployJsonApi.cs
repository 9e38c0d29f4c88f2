using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.CodeDeploy;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.CodeDeploy;

/// <summary>CodeDeploy (JSON 1.1, CodeDeploy_20141006) for ECS services whose deployment controller is CODE_DEPLOY.</summary>
public sealed class CodeDeployJsonApi : JsonApi
{
    private const int MaxBatch = 25;

    // CodeDeploy's list requests carry no page size (pages hold up to 100); the paginator is told a member no request sends.
    private const string NoPageSize = "sandboxPageSize";
    private readonly CodeDeployAccount _account;

    public CodeDeployJsonApi(SandboxEngine engine)
    {
        _account = new CodeDeployAccount(engine);
        Register("CreateApplication", CreateApplication);
        Register("CreateDeploymentGroup", CreateDeploymentGroup);
        Register("ListApplications", input => _account.Read(a => ListApplications(a, input)));
        Register("ListDeploymentGroups", input => _account.Read(a => ListDeploymentGroups(a, input)));
        Register("GetDeploymentGroup", input => _account.Read(a => GetDeploymentGroup(a, input)));
        Register("ListDeployments", input => _account.Read(a => ListDeployments(a, input)));
        Register("BatchGetDeployments", input => _account.Read(a => BatchGetDeployments(a, input)));
        Register("GetDeployment", input => _account.Read(a => new JsonObject { ["deploymentInfo"] = Deployment(a.Deployment(Required(input, "deploymentId", "DeploymentIdRequiredException"))) }));
        Register("CreateDeployment", CreateDeployment);
        Register("StopDeployment", StopDeployment);
    }

    public override string TargetPrefix => "CodeDeploy_20141006";

    private JsonObject CreateApplication(JsonInput input)
    {
        var application = _account.CreateApplication(Required(input, "applicationName", "ApplicationNameRequiredException"), input.String("computePlatform"));
        return new JsonObject { ["applicationId"] = application.Id };
    }

    private JsonObject CreateDeploymentGroup(JsonInput input)
    {
        var service = input.ObjectList("ecsServices") is { Count: 1 } services ? services[0]
            : throw new SandboxApiException("InvalidECSServiceException", "An ECS deployment group names exactly one ECS service in ecsServices.");
        var group = _account.CreateGroup(
            Required(input, "applicationName", "ApplicationNameRequiredException"),
            Required(input, "deploymentGroupName", "DeploymentGroupNameRequiredException"),
            Required(input, "serviceRoleArn", "RoleRequiredException"),
            service.String("clusterName") ?? throw new SandboxApiException("InvalidECSServiceException", "ecsServices[0].clusterName is required."),
            service.String("serviceName") ?? throw new SandboxApiException("InvalidECSServiceException", "ecsServices[0].serviceName is required."));
        return new JsonObject { ["deploymentGroupId"] = group.Id };
    }

    private static JsonObject ListApplications(CodeDeployAccount account, JsonInput input)
    {
        var (page, next) = Paginator.Page([.. account.Applications.Select(a => a.Name).Order(StringComparer.Ordinal)], input, "ListApplications", 100, 100, NoPageSize);
        return new JsonObject { ["applications"] = WireJson.Array(page.Select(n => (JsonNode)n)) }.With("nextToken", next);
    }

    private static JsonObject ListDeploymentGroups(CodeDeployAccount account, JsonInput input)
    {
        var application = account.Application(Required(input, "applicationName", "ApplicationNameRequiredException")).Name;
        var names = account.Groups.Where(g => g.Application == application).Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        var (page, next) = Paginator.Page(names, input, $"ListDeploymentGroups/{application}", 100, 100, NoPageSize);
        return new JsonObject { ["applicationName"] = application, ["deploymentGroups"] = WireJson.Array(page.Select(n => (JsonNode)n)) }.With("nextToken", next);
    }

    private static JsonObject GetDeploymentGroup(CodeDeployAccount account, JsonInput input)
    {
        var group = account.Group(
            Required(input, "applicationName", "ApplicationNameRequiredException"),
            Required(input, "deploymentGroupName", "DeploymentGroupNameRequiredException"));
        var last = account.Deployments.FirstOrDefault(d => d.Group == group);
        var lastSucceeded = account.Deployments.FirstOrDefault(d => d.Group == group && d.Status == "Succeeded");
        return new JsonObject
        {
            ["deploymentGroupInfo"] = new JsonObject
            {
                ["applicationName"] = group.Application,
                ["deploymentGroupId"] = group.Id,
                ["deploymentGroupName"] = group.Name,
                ["deploymentConfigName"] = "CodeDeployDefault.ECSAllAtOnce",
                ["serviceRoleArn"] = group.ServiceRoleArn,
                ["deploymentStyle"] = new JsonObject { ["deploymentType"] = "BLUE_GREEN", ["deploymentOption"] = "WITH_TRAFFIC_CONTROL" },
                ["computePlatform"] = "ECS",
                ["ecsServices"] = new JsonArray(new JsonObject { ["serviceName"] = group.Service, ["clusterName"] = group.Cluster }),
            }
            .With("lastAttemptedDeployment", LastDeployment(last))
            .With("lastSuccessfulDeployment", LastDeployment(lastSucceeded)),
        };
    }

    private static JsonObject ListDeployments(CodeDeployAccount account, JsonInput input)
    {
        var application = input.String("applicationName");
        var groupName = input.String("deploymentGroupName");
        if (groupName is not null && application is null)
        {
            throw new SandboxApiException("ApplicationNameRequiredException", "The application name must be specified with a deployment group name.");
        }
        if (application is not null && groupName is null)
        {
            throw new SandboxApiException("DeploymentGroupNameRequiredException", "The deployment group name must be specified with an application name.");
        }

        var group = application is null ? null : account.Group(application, groupName!);
        var statuses = input.StringList("includeOnlyStatuses");
        var range = input.Object("createTimeRange");
        var start = range?.Double("start") is { } s ? DateTimeOffset.FromUnixTimeMilliseconds((long)(s * 1000)) : (DateTimeOffset?)null;
        var end = range?.Double("end") is { } e ? DateTimeOffset.FromUnixTimeMilliseconds((long)(e * 1000)) : (DateTimeOffset?)null;
        var ids = account.Deployments
            .Where(d => group is null || d.Group == group)
            .Where(d => statuses is null || statuses.Count == 0 || statuses.Contains(d.Status))
            .Where(d => (start is null || d.CreatedAt >= start) && (end is null || d.CreatedAt <= end))
            .Select(d => d.Id)
            .ToList();
        var (page, next) = Paginator.Page(ids, input, $"ListDeployments/{application}/{groupName}", 100, 100, NoPageSize);
        return new JsonObject { ["deployments"] = WireJson.Array(page.Select(n => (JsonNode)n)) }.With("nextToken", next);
    }

    private static JsonObject BatchGetDeployments(CodeDeployAccount account, JsonInput input)
    {
        var ids = input.StringList("deploymentIds") is { Count: > 0 } list ? list
            : throw new SandboxApiException("DeploymentIdRequiredException", "At least one deployment ID must be specified.");
        if (ids.Count > MaxBatch)
        {
            throw new SandboxApiException("BatchLimitExceededException", $"The maximum number of deployment IDs is {MaxBatch}.");
        }

        // CodeDeploy leaves unknown ids out of the answer.
        var found = ids.Select(id => account.Deployments.FirstOrDefault(d => d.Id == id)).OfType<CodeDeployDeploymentState>();
        return new JsonObject { ["deploymentsInfo"] = WireJson.Array(found.Select(Deployment)) };
    }

    private JsonObject CreateDeployment(JsonInput input)
    {
        var application = Required(input, "applicationName", "ApplicationNameRequiredException");
        var group = Required(input, "deploymentGroupName", "DeploymentGroupNameRequiredException");
        var revision = input.Object("revision") ?? throw new SandboxApiException("RevisionRequiredException", "A revision must be specified.");
        if (revision.String("revisionType") != "AppSpecContent" || revision.Object("appSpecContent")?.String("content") is not { Length: > 0 } content)
        {
            throw new SandboxApiException("InvalidRevisionException", "The sandbox takes ECS revisions as revisionType AppSpecContent with appSpecContent.content.");
        }

        var description = input.String("description");
        if (description is { Length: > 1000 })
        {
            throw new SandboxApiException("DescriptionTooLongException", "The description is too long.");
        }

        var deployment = _account.CreateDeployment(application, group, content, revision.Object("appSpecContent")!.String("sha256"), description);
        return new JsonObject { ["deploymentId"] = deployment.Id };
    }

    private JsonObject StopDeployment(JsonInput input)
    {
        _account.Stop(Required(input, "deploymentId", "DeploymentIdRequiredException"));
        return new JsonObject { ["status"] = "Succeeded", ["statusMessage"] = "The deployment was stopped." };
    }

    private static JsonObject Deployment(CodeDeployDeploymentState deployment) =>
        new JsonObject
        {
            ["applicationName"] = deployment.Group.Application,
            ["deploymentGroupName"] = deployment.Group.Name,
            ["deploymentConfigName"] = "CodeDeployDefault.ECSAllAtOnce",
            ["deploymentId"] = deployment.Id,
            ["revision"] = new JsonObject
            {
                ["revisionType"] = "AppSpecContent",
                ["appSpecContent"] = new JsonObject { ["content"] = deployment.AppSpecContent, ["sha256"] = deployment.AppSpecSha256 },
            },
            ["status"] = deployment.Status,
            ["createTime"] = WireTime.Epoch(deployment.CreatedAt),
            ["creator"] = "user",
            ["deploymentStyle"] = new JsonObject { ["deploymentType"] = "BLUE_GREEN", ["deploymentOption"] = "WITH_TRAFFIC_CONTROL" },
            ["computePlatform"] = "ECS",
        }
        .With("startTime", WireTime.Epoch(deployment.StartedAt))
        .With("completeTime", WireTime.Epoch(deployment.CompletedAt))
        .With("description", deployment.Description)
        .With("errorInformation", deployment.ErrorCode is null ? null : new JsonObject { ["code"] = deployment.ErrorCode, ["message"] = deployment.ErrorMessage });

    private static JsonObject? LastDeployment(CodeDeployDeploymentState? deployment) =>
        deployment is null ? null : new JsonObject
        {
            ["deploymentId"] = deployment.Id,
            ["status"] = deployment.Status,
            ["createTime"] = WireTime.Epoch(deployment.CreatedAt),
        }.With("endTime", WireTime.Epoch(deployment.CompletedAt));

    private static string Required(JsonInput input, string member, string code) =>
        input.String(member) is { Length: > 0 } value ? value : throw new SandboxApiException(code, $"{member} is required.");
}
