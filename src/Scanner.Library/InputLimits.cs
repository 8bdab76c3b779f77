namespace Scanner.Library;

/// <summary>The most a stream input may hold; the same limits the command line applies to files (docs/limits.md).</summary>
public static class InputLimits
{
    public const long TerraformPlanBytes = 256L * 1024 * 1024;
    public const long CloudFormationTemplateBytes = 64L * 1024 * 1024;
    public const long InventoryBytes = 1024L * 1024 * 1024;
}
