namespace EcsConsole.Core.Fleet;

/// <summary>Reads task definition identifiers as people say them.</summary>
public static class TaskDefinitionNames
{
    /// <summary>
    /// Turns <c>arn:aws:ecs:eu-west-1:123:task-definition/users:7</c> into <c>users:7</c>; a value that is already
    /// <c>family:revision</c> is returned unchanged.
    /// </summary>
    public static string FamilyRevision(string taskDefinition)
    {
        var slash = taskDefinition.LastIndexOf('/');
        return slash >= 0 ? taskDefinition[(slash + 1)..] : taskDefinition;
    }

    /// <summary>The last segment of an ARN (<c>.../prod</c> gives <c>prod</c>); other values unchanged.</summary>
    public static string NameFromArn(string arnOrName)
    {
        if (!arnOrName.StartsWith("arn:", StringComparison.Ordinal))
        {
            return arnOrName;
        }
        var slash = arnOrName.LastIndexOf('/');
        return slash >= 0 ? arnOrName[(slash + 1)..] : arnOrName;
    }
}
