using Scanner.Core.Findings;

namespace Scanner.Pipeline.Configuration;

/// <summary>
/// <c>.latticescan.yaml</c>: settings a team keeps in its repository. Command-line flags add to (lists) or
/// override (single values) what it says. Relative paths are relative to the config file's folder.
/// </summary>
public sealed record ScannerConfig
{
    public static ScannerConfig Empty { get; } = new();

    public string? OrganizationId { get; init; }
    public IReadOnlyList<string> OrganizationAccounts { get; init; } = [];
    public IReadOnlyList<string> RuleFolders { get; init; } = [];
    public IReadOnlyList<string> IncludeRules { get; init; } = [];
    public IReadOnlyList<string> SkipRules { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();
    public string? SuppressionsFile { get; init; }
    public string? FailOn { get; init; }
    public string? Path { get; init; }
}
