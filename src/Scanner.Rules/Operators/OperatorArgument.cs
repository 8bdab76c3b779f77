using Scanner.Core.Inventory;

namespace Scanner.Rules.Operators;

/// <summary>An operator's argument after its validator accepted it: the raw value plus any pre-compiled form.</summary>
public sealed record OperatorArgument(Value Raw, object? Compiled = null);
