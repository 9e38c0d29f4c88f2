using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.AutoScaling;
using EcsConsole.Sandbox.Protocol.CloudWatch;
using EcsConsole.Sandbox.Protocol.CodeDeploy;
using EcsConsole.Sandbox.Protocol.Ec2;
using EcsConsole.Sandbox.Protocol.Ec2AutoScaling;
using EcsConsole.Sandbox.Protocol.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;
using EcsConsole.Sandbox.Protocol.Elbv2;
using EcsConsole.Sandbox.Protocol.Logs;
using EcsConsole.Sandbox.Protocol.ServiceDiscovery;
using EcsConsole.Sandbox.Protocol.Ssm;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// One account's presence in one region: its engine and the regional services' wire APIs over it. A request lands here
/// when it is signed by the account's credentials and scoped to this region.
/// </summary>
public sealed class SandboxRegion
{
    public SandboxRegion(SandboxEngine engine)
    {
        Engine = engine;
        JsonApis =
        [
            new EcsJsonApi(engine), new EcrJsonApi(engine), new LogsJsonApi(engine), new ApplicationAutoScalingJsonApi(engine),
            new CloudWatchJsonApi(engine), new ServiceDiscoveryJsonApi(engine), new CodeDeployJsonApi(engine), new SsmJsonApi(engine.Arns),
        ];
        QueryApis = [new Elbv2QueryApi(engine), new Ec2QueryApi(engine), new Ec2AutoScalingQueryApi(engine)];
    }

    /// <summary>The region's name (eu-west-1...).</summary>
    public string Name => Engine.Arns.Region;

    public SandboxEngine Engine { get; }

    /// <summary>The region's JSON services, addressed by X-Amz-Target.</summary>
    public IReadOnlyList<JsonApi> JsonApis { get; }

    /// <summary>The region's Query services, addressed by the signing scope's service (IAM and STS are not here: they are global).</summary>
    public IReadOnlyList<QueryApi> QueryApis { get; }
}
