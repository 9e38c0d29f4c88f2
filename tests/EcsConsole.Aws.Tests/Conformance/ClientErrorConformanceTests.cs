using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// Every error the model declares for an operation (and a common one) must reach the caller as an
// AwsServiceException carrying AWS's own code, whichever client method made the call.
public sealed class ClientErrorConformanceTests
{
    public static TheoryData<string> Operations => [.. ClientOperationCatalog.All.Select(o => o.Id)];

    [RequiresAwsModelsTheory]
    [MemberData(nameof(Operations))]
    public async Task InvokeAsync_ModelErrorAnswer_ThrowsWithAwsErrorCodeAsync(string id)
    {
        var operation = ClientOperationCatalog.Find(id);
        var model = ServiceModel.Load(operation.Service!);
        var errors = model.Operation(operation.Operation).ErrorShapes.Select(model.Shape)
            .Append(new ShapeModel { Name = "AccessDeniedException", Type = "structure", IsException = true })
            .ToList();

        var wrong = new List<string>();
        foreach (var error in errors)
        {
            using var harness = new ClientConformanceHarness(model, error);
            var thrown = await Record.ExceptionAsync(() => harness.InvokeAsync(operation));
            var code = ServiceModel.ErrorCode(error);
            if (thrown is not AwsServiceException aws || aws.ErrorCode != code || aws.Operation != operation.Operation)
            {
                wrong.Add($"{code}: got {thrown?.GetType().Name ?? "no exception"} {(thrown as AwsServiceException)?.ErrorCode} {thrown?.Message}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
