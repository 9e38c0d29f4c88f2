using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Engine.CodeDeploy;

/// <summary>
/// CodeDeploy's applications, deployment groups and deployments, under their own lock (the ECS engine's lock is taken
/// after this one, never the other way round). A deployment is Created, InProgress after <see cref="StartDelay"/> (when
/// the service's tasks are replaced by the AppSpec's revision) and Succeeded after <see cref="Duration"/>; the steps are
/// taken whenever CodeDeploy is next called, so the simulated clock decides, not how often anyone polls.
/// </summary>
public sealed class CodeDeployAccount(SandboxEngine engine)
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly List<CodeDeployApplication> _applications = [];
    private readonly List<CodeDeployGroup> _groups = [];
    private readonly List<CodeDeployDeploymentState> _deployments = [];

    public T Read<T>(Func<CodeDeployAccount, T> read)
    {
        lock (_gate)
        {
            CatchUpLocked();
            return read(this);
        }
    }

    public IReadOnlyList<CodeDeployApplication> Applications => _applications;

    public IReadOnlyList<CodeDeployGroup> Groups => _groups;

    /// <summary>Newest first, as ListDeployments answers.</summary>
    public IEnumerable<CodeDeployDeploymentState> Deployments => _deployments.AsEnumerable().Reverse();

    public CodeDeployApplication Application(string name) =>
        _applications.FirstOrDefault(a => a.Name == name)
        ?? throw new SandboxApiException("ApplicationDoesNotExistException", $"No application found for name: {name}");

    public CodeDeployGroup Group(string application, string name)
    {
        Application(application);
        return _groups.FirstOrDefault(g => g.Application == application && g.Name == name)
            ?? throw new SandboxApiException("DeploymentGroupDoesNotExistException", $"No Deployment Group found for name: {name}");
    }

    public CodeDeployDeploymentState Deployment(string id) =>
        _deployments.FirstOrDefault(d => d.Id == id)
        ?? throw new SandboxApiException("DeploymentDoesNotExistException", $"The deployment {id} could not be found.");

    public CodeDeployApplication CreateApplication(string name, string? computePlatform)
    {
        lock (_gate)
        {
            if (computePlatform is not null and not "ECS")
            {
                throw new SandboxApiException("InvalidComputePlatformException", "The sandbox deploys ECS services only; computePlatform must be ECS.");
            }
            if (_applications.Any(a => a.Name == name))
            {
                throw new SandboxApiException("ApplicationAlreadyExistsException", $"{name} already exists in your account");
            }

            var application = new CodeDeployApplication(Guid.NewGuid().ToString(), name, engine.TimeProvider.GetUtcNow());
            _applications.Add(application);
            return application;
        }
    }

    public CodeDeployGroup CreateGroup(string application, string name, string serviceRoleArn, string cluster, string service)
    {
        lock (_gate)
        {
            Application(application);
            if (_groups.Any(g => g.Application == application && g.Name == name))
            {
                throw new SandboxApiException("DeploymentGroupAlreadyExistsException", $"A deployment group named {name} already exists for the application.");
            }

            // CodeDeploy asks ECS: the service must exist and be controlled by CodeDeploy.
            var controller = engine.Ecs.DeploymentControllerOf(cluster, service);
            if (controller != "CODE_DEPLOY")
            {
                throw new SandboxApiException("InvalidECSServiceException", controller is null
                    ? $"The ECS service {service} in cluster {cluster} does not exist."
                    : $"The ECS service {service} in cluster {cluster} has deployment controller {controller}, not CODE_DEPLOY.");
            }

            var group = new CodeDeployGroup(Guid.NewGuid().ToString(), application, name, serviceRoleArn, cluster, service);
            _groups.Add(group);
            return group;
        }
    }

    public CodeDeployDeploymentState CreateDeployment(string application, string groupName, string content, string? sha256, string? description)
    {
        lock (_gate)
        {
            CatchUpLocked();
            var group = Group(application, groupName);
            var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            if (sha256 is not null && !string.Equals(sha256, actual, StringComparison.OrdinalIgnoreCase))
            {
                throw new SandboxApiException("InvalidRevisionException", "The AppSpec content does not match its sha256.");
            }

            var taskDefinition = TaskDefinitionOf(content);
            if (!engine.Ecs.IsActiveTaskDefinition(taskDefinition))
            {
                throw new SandboxApiException("InvalidRevisionException", $"The AppSpec's TaskDefinition {taskDefinition} is not an active task definition.");
            }
            if (_deployments.Any(d => d.Group == group && !d.IsFinished))
            {
                throw new SandboxApiException("DeploymentLimitExceededException", $"The deployment group {groupName} already has a deployment in progress.");
            }

            var deployment = new CodeDeployDeploymentState
            {
                Id = "d-" + RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9),
                Group = group,
                AppSpecContent = content,
                AppSpecSha256 = actual,
                TaskDefinition = taskDefinition,
                Description = description,
                CreatedAt = engine.TimeProvider.GetUtcNow(),
            };
            _deployments.Add(deployment);
            return deployment;
        }
    }

    public CodeDeployDeploymentState Stop(string id)
    {
        lock (_gate)
        {
            CatchUpLocked();
            var deployment = Deployment(id);
            if (deployment.IsFinished)
            {
                throw new SandboxApiException("DeploymentAlreadyCompletedException", $"The deployment {id} has already completed.");
            }

            deployment.Status = "Stopped";
            deployment.CompletedAt = engine.TimeProvider.GetUtcNow();
            deployment.ErrorCode = "MANUAL_STOP";
            deployment.ErrorMessage = "The deployment was stopped by a user.";
            return deployment;
        }
    }

    private void CatchUpLocked()
    {
        var now = engine.TimeProvider.GetUtcNow();
        foreach (var deployment in _deployments.Where(d => !d.IsFinished))
        {
            if (deployment.Status == "Created" && now >= deployment.CreatedAt + StartDelay)
            {
                deployment.Status = "InProgress";
                deployment.StartedAt = deployment.CreatedAt + StartDelay;
                try
                {
                    engine.Ecs.ReplaceTasksForCodeDeploy(deployment.Group.Cluster, deployment.Group.Service, deployment.TaskDefinition, deployment.Id);
                }
                catch (SandboxApiException e)
                {
                    deployment.Status = "Failed";
                    deployment.CompletedAt = now;
                    deployment.ErrorCode = "ECS_UPDATE_ERROR";
                    deployment.ErrorMessage = e.Message;
                }
            }

            if (deployment.Status == "InProgress" && now >= deployment.CreatedAt + Duration)
            {
                deployment.Status = "Succeeded";
                deployment.CompletedAt = deployment.CreatedAt + Duration;
            }
        }
    }

    /// <summary>The TaskDefinition of a JSON AppSpec's first ECS target; the sandbox reads JSON AppSpecs only.</summary>
    private static string TaskDefinitionOf(string content)
    {
        try
        {
            var value = (JsonNode.Parse(content)?["Resources"] as JsonArray)?
                .Select(r => r?["TargetService"]?["Properties"]?["TaskDefinition"]?.GetValue<string>())
                .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
            return value ?? throw new SandboxApiException("InvalidRevisionException", "The AppSpec names no Resources[].TargetService.Properties.TaskDefinition.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new SandboxApiException("InvalidRevisionException", "The sandbox reads JSON AppSpecs only: " + e.Message);
        }
    }
}
