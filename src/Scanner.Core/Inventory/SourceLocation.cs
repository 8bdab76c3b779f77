namespace Scanner.Core.Inventory;

/// <summary>
/// Where a resource (or one of its properties) is declared. <see cref="File"/> is the path as the user gave it
/// (reporters make it repository-relative); <see cref="LogicalName"/> is the Terraform address or CloudFormation
/// logical id. Lines and columns are 1-based; 0 means "not known".
/// </summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? LogicalName = null)
{
    public int EndLine { get; init; }
    public int EndColumn { get; init; }

    public override string ToString() =>
        Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
}
