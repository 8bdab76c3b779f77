using Scanner.Rules;

namespace Scanner.Pipeline;

/// <summary>The rules a scan runs, and the ids of every rule loaded (to tell a misspelt id from a skipped rule).</summary>
public sealed record LoadedRules(IReadOnlyList<CompiledRule> Selected, IReadOnlySet<string> AllIds);
