namespace EcsConsole.Web.Model;

/// <summary>The console's URLs for services and tasks, escaped once here.</summary>
public static class ServiceLinks
{
    public static string Service(string cluster, string service) =>
        $"/clusters/{Uri.EscapeDataString(cluster)}/services/{Uri.EscapeDataString(service)}";

    public static string Task(string cluster, string taskId) =>
        $"/clusters/{Uri.EscapeDataString(cluster)}/tasks/{Uri.EscapeDataString(taskId)}";
}
