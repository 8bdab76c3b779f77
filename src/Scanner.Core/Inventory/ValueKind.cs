namespace Scanner.Core.Inventory;

/// <summary>The shape of an inventory <see cref="Value"/>.</summary>
public enum ValueKind
{
    /// <summary>An explicit null (the source said "no value").</summary>
    Null,
    /// <summary>A value the source cannot know yet (Terraform "known after apply", an unresolved CloudFormation intrinsic).</summary>
    Unknown,
    Boolean,
    Number,
    String,
    List,
    Map,
}
