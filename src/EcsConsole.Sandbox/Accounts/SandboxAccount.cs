using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Iam;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.AutoScaling;
using EcsConsole.Sandbox.Protocol.CloudWatch;
using EcsConsole.Sandbox.Protocol.CodeDeploy;
using EcsConsole.Sandbox.Protocol.Ec2;
using EcsConsole.Sandbox.Protocol.Ec2AutoScaling;
using EcsConsole.Sandbox.Protocol.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;
using EcsConsole.Sandbox.Protocol.Elbv2;
using EcsConsole.Sandbox.Protocol.Iam;
using EcsConsole.Sandbox.Protocol.Logs;
using EcsConsole.Sandbox.Protocol.ServiceDiscovery;
using EcsConsole.Sandbox.Protocol.Ssm;

namespace EcsConsole.Sandbox.Accounts;

/// <summary>
/// One AWS account in the sandbox: its engine (ECS, ECR, logs, load balancing, Cloud Map, EC2, scaling, alarms, all
/// simulated together) and its IAM, with the per-account services' wire APIs over them. Accounts share nothing.
/// </summary>
public sealed class SandboxAccount : IDisposable
{
    public SandboxAccount(SandboxEngine engine)
    {
        Engine = engine;
        IamApi = new IamQueryApi(engine.Arns, engine.Options, engine.TimeProvider);
        JsonApis =
        [
            new EcsJsonApi(engine), new EcrJsonApi(engine), new LogsJsonApi(engine), new ApplicationAutoScalingJsonApi(engine),
            new CloudWatchJsonApi(engine), new ServiceDiscoveryJsonApi(engine), new CodeDeployJsonApi(engine), new SsmJsonApi(engine.Arns),
        ];
        QueryApis = [new Elbv2QueryApi(engine), IamApi, new Ec2QueryApi(engine), new Ec2AutoScalingQueryApi(engine)];
    }

    public string AccountId => Engine.Arns.AccountId;

    public SandboxEngine Engine { get; }

    /// <summary>The account's IAM roles and instance profiles.</summary>
    public IamAccount Iam => IamApi.Account;

    public IamQueryApi IamApi { get; }

    /// <summary>The account's JSON services, addressed by X-Amz-Target.</summary>
    public IReadOnlyList<JsonApi> JsonApis { get; }

    /// <summary>The account's Query services, addressed by the signing scope's service (STS is not here: it spans accounts).</summary>
    public IReadOnlyList<QueryApi> QueryApis { get; }

    public void Dispose() => Engine.Dispose();
}
