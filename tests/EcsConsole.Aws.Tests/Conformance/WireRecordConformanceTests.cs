using EcsConsole.Aws.Json;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// Each public {Operation}Request/{Operation}Response record, and everything reachable from it, must use the
// model's member names and compatible types. Found by reflection, so new records are checked automatically.
public sealed class WireRecordConformanceTests
{
    public static TheoryData<string> Records => [.. WireRecords().Select(t => t.FullName!)];

    [Fact]
    public void WireRecords_AreDiscovered()
    {
        Assert.Contains(typeof(Ecs.DescribeServicesResponse), WireRecords());
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Records))]
    public void Check_WireRecord_MatchesItsModelShape(string typeName)
    {
        var type = typeof(AwsConnection).Assembly.GetType(typeName)!;
        var model = ServiceModel.Load(ClientOperationCatalog.ServiceFor(type)!);
        var isRequest = type.Name.EndsWith("Request", StringComparison.Ordinal);
        var operationName = type.Name[..^(isRequest ? "Request".Length : "Response".Length)];

        Assert.True(model.Operations.TryGetValue(operationName, out var operation), $"{type.Name}: the model has no operation {operationName}");
        var shape = isRequest ? operation!.InputShape : operation!.OutputShape;
        Assert.NotNull(shape);
        var errors = WireTypeConformance.Check(model, type, shape, AwsJsonSerializer.Options);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static IEnumerable<Type> WireRecords() =>
        typeof(AwsConnection).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && ClientOperationCatalog.ServiceFor(t) is not null)
            .Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Response", StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
