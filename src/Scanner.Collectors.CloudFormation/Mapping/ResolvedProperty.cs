using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>A template property after resolution: its node, value and what resolving it met.</summary>
internal sealed record ResolvedProperty(string CfnName, PropertySchema Property, TemplateNode Node, Value Value, ResolutionTrace Trace);
