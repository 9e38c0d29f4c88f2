using EcsConsole.Web;

EcsConsoleHost.Build(args).Run();

/// <summary>Exposed so test hosts can name the entry assembly.</summary>
public partial class Program;
