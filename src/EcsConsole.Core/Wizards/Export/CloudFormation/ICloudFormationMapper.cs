using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// Turns the planned calls of one service into CloudFormation resources. Register an instance in
/// <see cref="CloudFormationExporter.Mappers"/>. A mapper names a resource after the call's <see cref="PlannedCall.Key"/>
/// when it has one (later calls refer to it by that name) and says, for each declared output, how CloudFormation
/// expresses it (<see cref="CloudFormationTemplate.DeclareOutput"/>).
/// </summary>
public interface ICloudFormationMapper
{
    bool Maps(PlannedCall call);

    /// <param name="body">The call's body with every plan reference already written as a CloudFormation expression.</param>
    void Map(PlannedCall call, JsonObject body, CloudFormationTemplate template);
}
