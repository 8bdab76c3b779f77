namespace Scanner.Core.Findings;

/// <summary>A property path and the value found there that made a rule fire.</summary>
public sealed record Evidence(string Path, string Value);
