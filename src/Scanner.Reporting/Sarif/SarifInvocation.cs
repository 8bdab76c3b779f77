using System.Text.Json.Serialization;

namespace Scanner.Reporting.Sarif;

/// <summary>invocation: whether collection was complete, the scan times, and every collection diagnostic.</summary>
internal sealed class SarifInvocation
{
    public bool ExecutionSuccessful { get; set; }
    public string? StartTimeUtc { get; set; }
    public string? EndTimeUtc { get; set; }
    public List<SarifNotification> ToolExecutionNotifications { get; set; } = [];
}

internal sealed class SarifNotification
{
    public string Level { get; set; } = "warning";
    public SarifMessage Message { get; set; } = new();
    public SarifDescriptorReference? Descriptor { get; set; }
    public List<SarifLocation>? Locations { get; set; }
    public SarifNotificationProperties? Properties { get; set; }
}

internal sealed class SarifDescriptorReference
{
    public string Id { get; set; } = "";
}

internal sealed class SarifNotificationProperties
{
    [JsonPropertyName("aws/accountId")] public string? AwsAccountId { get; set; }
    [JsonPropertyName("aws/region")] public string? AwsRegion { get; set; }
    public string? Api { get; set; }
}
