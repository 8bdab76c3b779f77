namespace Scanner.Pipeline;

/// <summary>What an in-memory input holds.</summary>
public enum ScanDocumentKind
{
    /// <summary><c>terraform show -json</c> output.</summary>
    TerraformPlan,
    /// <summary>A CloudFormation template, JSON or YAML.</summary>
    CloudFormationTemplate,
    /// <summary>An inventory snapshot written by <c>latticescan collect</c>.</summary>
    InventorySnapshot,
}

/// <summary>
/// An input held in memory rather than in a file (a plan a host produced, a template read from an archive);
/// <see cref="DisplayPath"/> is what findings and errors name as its location.
/// </summary>
public sealed record ScanDocument(ScanDocumentKind Kind, string Text, string DisplayPath);
