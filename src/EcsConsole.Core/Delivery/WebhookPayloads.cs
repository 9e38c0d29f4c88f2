using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Delivery;

/// <summary>The bodies POSTed to webhooks: the console's generic JSON, or a Slack incoming-webhook message.</summary>
public static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static string For(WebhookFormat format, DeliveryEvent e, string? deploymentUrl) => format switch
    {
        WebhookFormat.Slack => Slack(e, deploymentUrl),
        _ => Generic(e, deploymentUrl),
    };

    public static string Generic(DeliveryEvent e, string? deploymentUrl) => new JsonObject
    {
        ["event"] = e.Event,
        ["cluster"] = e.Cluster,
        ["service"] = e.Service,
        ["imageTag"] = e.ImageTag,
        ["imageDigest"] = e.ImageDigest,
        ["image"] = e.Image,
        ["actor"] = e.Actor,
        ["deploymentArn"] = e.DeploymentArn,
        ["deploymentUrl"] = deploymentUrl,
        ["reason"] = e.Reason,
        ["at"] = e.At.ToString("O"),
    }.ToJsonString(Compact);

    public static string Slack(DeliveryEvent e, string? deploymentUrl)
    {
        var text = Summary(e);
        var details = $"*Cluster* {e.Cluster}   *Service* {e.Service}\n*Image* `{e.ImageTag ?? "(untagged)"}` `{e.ImageDigest}`\n*By* {e.Actor ?? "unknown"}"
                      + (e.Reason is { Length: > 0 } reason ? $"\n*Why* {reason}" : "");
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } },
            new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = details } },
        };
        if (deploymentUrl is not null)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray(new JsonObject
                {
                    ["type"] = "button",
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Open the deployment" },
                    ["url"] = deploymentUrl,
                }),
            });
        }

        return new JsonObject { ["text"] = text, ["blocks"] = blocks }.ToJsonString(Compact);
    }

    /// <summary>One line a person reads first: what happened to which image where.</summary>
    public static string Summary(DeliveryEvent e)
    {
        var what = e.Event switch
        {
            DeliveryEvent.Started => "Rollout started",
            DeliveryEvent.AwaitingApproval => "Rollout waiting for approval",
            DeliveryEvent.Succeeded => "Rollout succeeded",
            DeliveryEvent.Failed => "Rollout failed",
            DeliveryEvent.RolledBack => "Rollout rolled back",
            _ => e.Event,
        };
        return $"{what}: {e.Service} on {e.Cluster}, image {e.ImageTag ?? e.ImageDigest}";
    }
}
