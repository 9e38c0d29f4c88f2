namespace EcsConsole.Aws;

/// <summary>The services the console speaks, with metadata from the official models (apiVersion, targetPrefix, signingName...).</summary>
public static class AwsServices
{
    public static readonly AwsServiceDescriptor Ecs =
        new("ECS", AwsProtocol.Json, "ecs", "ecs", "2014-11-13", "AmazonEC2ContainerServiceV20141113", "1.1");

    public static readonly AwsServiceDescriptor Ecr =
        new("ECR", AwsProtocol.Json, "api.ecr", "ecr", "2015-09-21", "AmazonEC2ContainerRegistry_V20150921", "1.1");

    public static readonly AwsServiceDescriptor Logs =
        new("CloudWatch Logs", AwsProtocol.Json, "logs", "logs", "2014-03-28", "Logs_20140328", "1.1");

    public static readonly AwsServiceDescriptor ApplicationAutoScaling =
        new("Application Auto Scaling", AwsProtocol.Json, "application-autoscaling", "application-autoscaling", "2016-02-06", "AnyScaleFrontendService", "1.1");

    public static readonly AwsServiceDescriptor CodeDeploy =
        new("CodeDeploy", AwsProtocol.Json, "codedeploy", "codedeploy", "2014-10-06", "CodeDeploy_20141006", "1.1");

    public static readonly AwsServiceDescriptor ServiceDiscovery =
        new("ServiceDiscovery", AwsProtocol.Json, "servicediscovery", "servicediscovery", "2017-03-14", "Route53AutoNaming_v20170314", "1.1");

    public static readonly AwsServiceDescriptor SecretsManager =
        new("Secrets Manager", AwsProtocol.Json, "secretsmanager", "secretsmanager", "2017-10-17", "secretsmanager", "1.1");

    /// <summary>
    /// CloudWatch's model lists smithy-rpc-v2-cbor first; we speak its JSON 1.0 protocol, which it also lists. The model is
    /// awsQueryCompatible, so requests say x-amzn-query-mode and errors carry their Query code in x-amzn-query-error.
    /// </summary>
    public static readonly AwsServiceDescriptor CloudWatch =
        new("CloudWatch", AwsProtocol.Json, "monitoring", "monitoring", "2010-08-01", "GraniteServiceVersion20100801", "1.0", QueryCompatible: true);

    public static readonly AwsServiceDescriptor Iam =
        new("IAM", AwsProtocol.Query, "iam", "iam", "2010-05-08", IsGlobal: true);

    public static readonly AwsServiceDescriptor ElasticLoadBalancingV2 =
        new("Elastic Load Balancing v2", AwsProtocol.Query, "elasticloadbalancing", "elasticloadbalancing", "2015-12-01");

    public static readonly AwsServiceDescriptor AutoScaling =
        new("Auto Scaling", AwsProtocol.Query, "autoscaling", "autoscaling", "2011-01-01");

    /// <summary>EC2 speaks its own Query dialect (ec2 protocol); AWSSDK.EC2 speaks it for us.</summary>
    public static readonly AwsServiceDescriptor Ec2 =
        new("EC2", AwsProtocol.Ec2, "ec2", "ec2", "2016-11-15");

    /// <summary>Systems Manager, for the public parameters (ECS-optimised AMI ids); AWSSDK.SimpleSystemsManagement speaks it.</summary>
    public static readonly AwsServiceDescriptor Ssm =
        new("SSM", AwsProtocol.Json, "ssm", "ssm", "2014-11-06", "AmazonSSM", "1.1");

    public static readonly AwsServiceDescriptor Sts =
        new("STS", AwsProtocol.Query, "sts", "sts", "2011-06-15");

    public static IReadOnlyList<AwsServiceDescriptor> All { get; } =
        [Ecs, Ecr, Logs, ApplicationAutoScaling, CodeDeploy, ServiceDiscovery, SecretsManager, CloudWatch, Iam, ElasticLoadBalancingV2, AutoScaling, Ec2, Ssm, Sts];
}
