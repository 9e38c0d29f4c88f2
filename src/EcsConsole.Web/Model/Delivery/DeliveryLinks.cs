namespace EcsConsole.Web.Model.Delivery;

/// <summary>Addresses of the delivery pages.</summary>
public static class DeliveryLinks
{
    public const string Overview = "/delivery";

    public const string NewPolicy = "/delivery/policies/new";

    public const string Webhooks = "/admin/webhooks";

    public static string Timeline(string cluster, string service) => $"/delivery/{Uri.EscapeDataString(cluster)}/{Uri.EscapeDataString(service)}";

    public static string Policy(string name) => $"/delivery/policies/{Uri.EscapeDataString(name)}";
}
