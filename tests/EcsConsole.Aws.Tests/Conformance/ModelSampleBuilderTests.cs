using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// The client conformance tests feed clients these samples, so every sample must itself be model-valid.
public sealed class ModelSampleBuilderTests
{
    public static TheoryData<string> Services => ["ecs", "ecr", "logs", "application-autoscaling", "codedeploy", "servicediscovery", "secretsmanager"];

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Services))]
    public void BuildJson_EveryOperationOutput_PassesValidation(string service)
    {
        var model = ServiceModel.Load(service);
        var failures = new List<string>();
        foreach (var operation in model.Operations.Values.Where(o => o.OutputShape is not null))
        {
            var sample = ModelSampleBuilder.BuildJson(model, operation.OutputShape!);
            failures.AddRange(model.ValidateJsonOutput(operation.Name, sample).Select(e => $"{operation.Name}: {e}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [RequiresAwsModelsFact]
    public void BuildJson_DescribeServicesOutput_PopulatesNestedMembers()
    {
        var model = ServiceModel.Load("ecs");

        var sample = ModelSampleBuilder.BuildJson(model, "DescribeServicesResponse")!;

        Assert.Equal("ROLLING", sample["services"]![0]!["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
        Assert.Equal(ModelSampleBuilder.SampleEpochSeconds, sample["services"]![0]!["createdAt"]!.GetValue<long>());
    }
}
