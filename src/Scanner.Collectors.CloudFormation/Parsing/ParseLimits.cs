namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>The hostile-input guards the readers enforce (see <see cref="CloudFormationOptions"/>).</summary>
internal sealed record ParseLimits(int MaxDepth, int MaxAliasExpansions);
