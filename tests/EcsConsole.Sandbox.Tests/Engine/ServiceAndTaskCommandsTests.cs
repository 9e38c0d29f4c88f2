using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ServiceAndTaskCommandsTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void RunTask_OnFargate_StandaloneTaskRunsInFamilyGroup()
    {
        var result = _sandbox.Engine.Ecs.RunTask(new RunTaskRequest("staging", "blog", 1, "FARGATE", [], ["subnet-05c4b2e8a7d610021"], "migration-job", null, new Dictionary<string, string>()));
        _sandbox.Advance(60);

        var task = _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Single(t => t.Arn == result.TaskArns.Single()));
        Assert.Equal("RUNNING", task.LastStatus);
        Assert.Equal("family:blog", task.Group);
        Assert.Equal("migration-job", task.StartedBy);
        Assert.Null(task.ServiceName);
        Assert.Equal("eu-west-1a", task.AvailabilityZone);
    }

    [Fact]
    public void RunTask_Ec2TaskLargerThanAnyInstanceHasLeft_ReportsMemoryFailure()
    {
        var big = _sandbox.Engine.Ecs.RegisterTaskDefinition(Definition("batch", "4096", "15000", ["EC2"]));

        var result = _sandbox.Engine.Ecs.RunTask(new RunTaskRequest("prod", big, 1, "EC2", [], ["subnet-0a1e7c3b5d9f20011"], null, null, new Dictionary<string, string>()));

        Assert.Empty(result.TaskArns);
        Assert.Equal("RESOURCE:MEMORY", result.Failures.Single().Value);
        Assert.StartsWith("arn:aws:ecs:eu-west-1:000000000000:container-instance/prod/", result.Failures.Single().Key);
    }

    [Fact]
    public void RunTask_AwsvpcWithoutSubnets_RefusedWithInvalidParameter()
    {
        var error = Assert.Throws<SandboxApiException>(() =>
            _sandbox.Engine.Ecs.RunTask(new RunTaskRequest("staging", "blog", 1, "FARGATE", [], [], null, null, new Dictionary<string, string>())));

        Assert.Equal("InvalidParameterException", error.Code);
    }

    [Fact]
    public void CreateService_OnFargate_ReachesSteadyState()
    {
        var definition = _sandbox.Engine.Ecs.RegisterTaskDefinition(Definition("reports", "256", "512", ["FARGATE"]));

        _sandbox.Engine.Ecs.CreateService(Service("staging", "reports", definition, 2));
        _sandbox.Advance(90);

        var service = _sandbox.Read(s => _sandbox.Service(s, "staging", "reports"));
        Assert.Equal(2, _sandbox.Read(s => _sandbox.Cluster(s, "staging").Tasks.Count(t => t.ServiceName == "reports" && t.LastStatus == "RUNNING")));
        Assert.Equal("COMPLETED", service.Primary!.RolloutState);
        Assert.Equal("(service reports) has reached a steady state.", service.Events[0].Message);
    }

    [Fact]
    public void CreateService_NameInUse_RefusedAsNotIdempotent()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateService(Service("staging", "users", "users", 1)));

        Assert.Equal("Creation of service was not idempotent.", error.Message);
    }

    [Fact]
    public void DeleteService_ScaledAboveZeroWithoutForce_Refused()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteService("prod", "blog", force: false));

        Assert.Equal("InvalidParameterException", error.Code);
    }

    [Fact]
    public void DeleteService_Forced_DrainsThenBecomesInactive()
    {
        _sandbox.Engine.Ecs.DeleteService("prod", "blog", force: true);

        Assert.Equal("DRAINING", _sandbox.Read(s => _sandbox.Service(s, "prod", "blog").Status));
        _sandbox.Advance(120);
        Assert.Equal("INACTIVE", _sandbox.Read(s => _sandbox.Service(s, "prod", "blog").Status));
        Assert.Equal(3, _sandbox.Read(s => _sandbox.Cluster(s, "prod").ActiveServicesCount));
    }

    [Fact]
    public void RegisterTaskDefinition_SameFamily_GetsNextRevision()
    {
        var arn = _sandbox.Engine.Ecs.RegisterTaskDefinition(Definition("users", "512", "1024", ["FARGATE"]));

        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:task-definition/users:6", arn);
    }

    [Fact]
    public void PushImage_ExistingTag_MovesTagToTheNewImage()
    {
        var digest = _sandbox.Engine.Ecr.PushImage("users", "1.5.0", "latest");

        var repository = _sandbox.Read(s => s.FindRepository("users")!);
        Assert.Equal(digest, repository.FindByTag("latest")!.Digest);
        Assert.Equal(["1.4.2"], repository.Images.Single(i => i.Tags.Contains("1.4.2")).Tags);
    }

    public void Dispose() => _sandbox.Dispose();

    internal static TaskDefinitionRegistration Definition(string family, string cpu, string memory, IReadOnlyList<string> compatibilities) => new(
        family,
        cpu,
        memory,
        "awsvpc",
        compatibilities,
        null,
        null,
        [new ContainerDefinitionState(family, "public.ecr.aws/docker/library/nginx:1.27", 0, null, null, true, [new PortMappingState(80, 80, "tcp", null, null)], [], [], null, null)],
        new Dictionary<string, string>());

    private static ServiceRegistration Service(string cluster, string name, string definition, int desired) => new(
        cluster, name, definition, desired, null, [], null, ["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"], ["sg-0b9e8d7c6a5f40072"], "DISABLED",
        null, null, null, null, EcsConsole.Sandbox.Engine.Rollouts.DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>());
}
