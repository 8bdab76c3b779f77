namespace Scanner.Collectors.Terraform;

/// <summary>
/// Limits and source lookup for <see cref="TerraformPlanCollector"/>. The limits exist so a hostile or
/// accidental input (a multi-gigabyte file, 100k-deep nesting) fails fast with an <c>InputException</c>
/// instead of exhausting memory or the stack.
/// </summary>
public sealed record TerraformPlanOptions
{
    /// <summary>Largest <see cref="MaxDepth"/> accepted: value conversion recurses once per nesting level.</summary>
    public const int DepthCeiling = 1024;

    /// <summary>
    /// Folder holding the root module's <c>.tf</c> files (<c>--tf-source DIR</c>). Null: the plan file's folder for
    /// <see cref="TerraformPlanCollector.Collect"/>, and no <c>.tf</c> lookup at all for
    /// <see cref="TerraformPlanCollector.CollectFromText"/>.
    /// </summary>
    public string? SourceDirectory { get; init; }

    /// <summary>Largest plan document accepted, in bytes (default 256 MiB; plans of 10k resources are ~12 MB).</summary>
    public long MaxDocumentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Most memory (estimated bytes) the collector may hold for one plan: its entries and the inventory built from them.
    /// Null (the default): twice the plan's size plus 32 MiB (<see cref="Scanner.Core.Collection.InputMemoryBudget"/>).
    /// </summary>
    public long? MaxHeldBytes { get; init; }

    /// <summary>Deepest JSON nesting accepted (default 128; real plans nest fewer than 20 levels; at most <see cref="DepthCeiling"/>).</summary>
    public int MaxDepth { get; init; } = 128;
}
