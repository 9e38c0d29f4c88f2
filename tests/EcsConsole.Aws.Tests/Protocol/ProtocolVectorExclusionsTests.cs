using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Protocol;

public sealed class ProtocolVectorExclusionsTests
{
    [RequiresAwsTestSuitesFact]
    public void Reasons_EveryListedCase_ExistsInTheVectorFiles()
    {
        foreach (var key in ProtocolVectorExclusions.Reasons.Keys)
        {
            var parts = key.Split('/');
            var file = $"{parts[1]}/{parts[0]}.json";
            Assert.True(ProtocolVectorFile.Load(file).ContainsKey(parts[2]), $"{key} names no case in {file}; remove it.");
        }
    }

    [RequiresAwsTestSuitesFact]
    public void RunDespiteBotocoreIgnoreList_EveryListedCase_IsOnThatListAndExists()
    {
        foreach (var key in ProtocolVectorExclusions.RunDespiteBotocoreIgnoreList)
        {
            var parts = key.Split('/');
            var vector = ProtocolVectorFile.Load($"{parts[1]}/{parts[0]}.json")[parts[2]];
            Assert.True(ProtocolVectorFile.IsOnBotocoreIgnoreList(vector, parts[0], parts[1]), $"{key} is not ignored by botocore; remove it.");
        }
    }
}
