using Scanner.Pipeline;

namespace Scanner.Library;

/// <summary>
/// One input of a scan: a file, or text or a stream held by the caller. Text and stream inputs carry a display
/// path, which findings and errors name as their location.
/// </summary>
public sealed record ScanInput
{
    private ScanInput(ScanDocumentKind kind, string? path, string? text, string displayPath)
    {
        Kind = kind;
        Path = path;
        Text = text;
        DisplayPath = displayPath;
    }

    /// <summary>What the input holds.</summary>
    public ScanDocumentKind Kind { get; }

    /// <summary>The file or folder, for file inputs; null for text.</summary>
    public string? Path { get; }

    /// <summary>The content, for text inputs; null for files.</summary>
    public string? Text { get; }

    /// <summary>The name used in findings and errors.</summary>
    public string DisplayPath { get; }

    /// <summary>A Terraform plan file (<c>terraform show -json plan.out</c>), or a folder of them.</summary>
    public static ScanInput TerraformPlanFile(string path) => File(ScanDocumentKind.TerraformPlan, path);

    /// <summary>A Terraform plan in JSON text.</summary>
    public static ScanInput TerraformPlan(string json, string displayPath = "plan.json") => new(ScanDocumentKind.TerraformPlan, null, json, displayPath);

    /// <summary>A Terraform plan read from a stream (at most <see cref="InputLimits.TerraformPlanBytes"/> bytes).</summary>
    public static async Task<ScanInput> TerraformPlanAsync(Stream json, string displayPath = "plan.json", CancellationToken ct = default) =>
        TerraformPlan(await BoundedText.ReadAsync(json, InputLimits.TerraformPlanBytes, displayPath, ct), displayPath);

    /// <summary>A CloudFormation template file (JSON or YAML), or a folder of them.</summary>
    public static ScanInput CloudFormationTemplateFile(string path) => File(ScanDocumentKind.CloudFormationTemplate, path);

    /// <summary>A CloudFormation template in JSON or YAML text.</summary>
    public static ScanInput CloudFormationTemplate(string text, string displayPath = "template.yaml") => new(ScanDocumentKind.CloudFormationTemplate, null, text, displayPath);

    /// <summary>A CloudFormation template read from a stream (at most <see cref="InputLimits.CloudFormationTemplateBytes"/> bytes).</summary>
    public static async Task<ScanInput> CloudFormationTemplateAsync(Stream text, string displayPath = "template.yaml", CancellationToken ct = default) =>
        CloudFormationTemplate(await BoundedText.ReadAsync(text, InputLimits.CloudFormationTemplateBytes, displayPath, ct), displayPath);

    /// <summary>An inventory snapshot file written by <c>latticescan collect</c>.</summary>
    public static ScanInput InventoryFile(string path) => File(ScanDocumentKind.InventorySnapshot, path);

    /// <summary>An inventory snapshot in JSON text.</summary>
    public static ScanInput Inventory(string json, string displayPath = "inventory.json") => new(ScanDocumentKind.InventorySnapshot, null, json, displayPath);

    /// <summary>An inventory snapshot read from a stream (at most <see cref="InputLimits.InventoryBytes"/> bytes).</summary>
    public static async Task<ScanInput> InventoryAsync(Stream json, string displayPath = "inventory.json", CancellationToken ct = default) =>
        Inventory(await BoundedText.ReadAsync(json, InputLimits.InventoryBytes, displayPath, ct), displayPath);

    private static ScanInput File(ScanDocumentKind kind, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new ScanInput(kind, path, null, path);
    }
}
