namespace Scanner.Rules;

/// <summary>One rule file's YAML held in memory, with the path that errors and findings name for it.</summary>
public sealed record RuleText(string DisplayPath, string Text);
