namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>The hostile-input guards the readers enforce (see <see cref="CloudFormationOptions"/>).</summary>
internal sealed record ParseLimits(int MaxDepth, int MaxAliasExpansions)
{
    /// <summary>
    /// Which resource types' bodies the scan reads; the readers keep only the outline of the others
    /// (<see cref="ResourceOutline"/>). Null keeps every body.
    /// </summary>
    public Func<string, bool>? ReadsType { get; init; }
}
