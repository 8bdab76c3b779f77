using Scanner.Collectors.CloudFormation;
using Scanner.Collectors.Terraform;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Library;

/// <summary>The most a stream input may hold: the limits the collectors apply to files (docs/limits.md), read from them.</summary>
public static class InputLimits
{
    public static long TerraformPlanBytes { get; } = new TerraformPlanOptions().MaxDocumentBytes;
    public static long CloudFormationTemplateBytes { get; } = new CloudFormationOptions().MaxDocumentBytes;
    public static long InventoryBytes => InventorySnapshotReader.MaxBytes;
}
