using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

/// <summary>Valid inputs on the sandbox's network (its seeded prod subnets and security group).</summary>
internal static class ClusterWizardInputs
{
    public const string Vpc = "vpc-0c1d2e3f4a5b60001";

    public static readonly ResolvedAmi Ami = new(EcsOptimizedAmi.Parameter(EcsAmiVariant.AmazonLinux2023), "ami-0a1b2c3d4e5f60718");

    public static ClusterWizardInput Fargate(string name = "qa") => new()
    {
        ClusterName = name,
        Kind = ClusterCapacityKind.Fargate,
        FargateWeight = 1,
        FargateBase = 1,
        FargateSpotWeight = 3,
        ContainerInsights = ContainerInsightsMode.Enhanced,
        Tags = [new WizardTag("team", "platform"), new WizardTag("environment", "qa")],
    };

    public static ClusterWizardInput Ec2(string name = "batch")
    {
        var input = new ClusterWizardInput
        {
            ClusterName = name,
            Kind = ClusterCapacityKind.Ec2,
            VpcId = Vpc,
            SubnetIds = ["subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20012"],
            SecurityGroupIds = ["sg-0d3f1a2b4c5e60071"],
            InstanceType = "t3.large",
            MinSize = 1,
            DesiredCapacity = 2,
            MaxSize = 4,
            TargetCapacity = 90,
            Tags = [new WizardTag("team", "data")],
        };
        input.FillDefaultNames();
        return input;
    }
}
