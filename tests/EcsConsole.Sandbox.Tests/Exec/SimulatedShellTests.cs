using EcsConsole.Sandbox.Exec;

namespace EcsConsole.Sandbox.Tests.Exec;

public sealed class SimulatedShellTests
{
    private readonly SimulatedShell _shell = new(new ExecShellContext(
        "users", "000000000000.dkr.ecr.eu-west-1.amazonaws.com/users:1.4.1", "abc123", "prod", "ip-10-0-1-5.eu-west-1.compute.internal", "10.0.1.5",
        [new("LOG_LEVEL", "info"), new("PORT", "8080")]));

    [Theory]
    [InlineData("echo $((6*7))", "42\n")]
    [InlineData("echo $(( (1 + 2) * -3 % 5 ))", "-4\n")]
    [InlineData("echo \"port $PORT\" '$PORT' ${LOG_LEVEL}", "port 8080 $PORT info\n")]
    [InlineData("echo $((PORT / 8))", "1010\n")]
    [InlineData("hostname", "ip-10-0-1-5.eu-west-1.compute.internal\n")]
    [InlineData("printenv LOG_LEVEL", "info\n")]
    [InlineData("ls /etc", "hostname  hosts  os-release  resolv.conf\n")]
    [InlineData("cat /etc/hostname", "ip-10-0-1-5.eu-west-1.compute.internal\n")]
    [InlineData("cat nope", "cat: can't open 'nope': No such file or directory\n")]
    [InlineData("frobnicate", "sh: frobnicate: not found\n")]
    [InlineData("echo $((1/0))", "sh: arithmetic error: division by zero\n")]
    public void Run_Command_PrintsWhatAShellWould(string line, string output)
    {
        Assert.Equal(output, _shell.Run(line));
    }

    [Fact]
    public void Run_Env_ShowsTheTaskDefinitionsEnvironment()
    {
        var env = _shell.Run("env");

        Assert.Contains("LOG_LEVEL=info\n", env);
        Assert.Contains("PORT=8080\n", env);
        Assert.Contains("HOSTNAME=ip-10-0-1-5.eu-west-1.compute.internal\n", env);
    }

    [Fact]
    public void Type_LineWithBackspaceAndEnter_EchoesEditsThenRunsTheLine()
    {
        var shown = _shell.Type("echo hix\u007f\r");

        Assert.Equal("echo hix\b \b\r\nhi\r\nroot@users:/app# ", shown);
    }

    [Fact]
    public void Type_Exit_EndsTheShell()
    {
        _shell.Type("exit\r");

        Assert.True(_shell.Exited);
    }

    [Fact]
    public void Run_CdThenPwd_FollowsTheDirectory()
    {
        _shell.Run("cd ../etc");

        Assert.Equal("/etc\n", _shell.Run("pwd"));
        Assert.Equal("root@users:/etc# ", _shell.Prompt);
    }
}
