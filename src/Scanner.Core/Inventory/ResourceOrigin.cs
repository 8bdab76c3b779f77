namespace Scanner.Core.Inventory;

/// <summary>Which kind of source a resource came from (decides source-specific defaults and report locations).</summary>
public enum ResourceOrigin
{
    Terraform,
    CloudFormation,
    /// <summary>Read from the AWS APIs (directly, or from a saved inventory snapshot).</summary>
    Aws,
}
