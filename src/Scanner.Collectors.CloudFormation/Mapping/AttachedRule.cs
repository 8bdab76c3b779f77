using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>A rule from a separate <c>AWS::EC2::SecurityGroupIngress</c>/<c>Egress</c> resource, normalised, waiting for its group.</summary>
internal sealed record AttachedRule(string Direction, IReadOnlyList<Value> Rules, bool Complete, SourceLocation Location, string SourceLogicalId, string? UnknownCause);
