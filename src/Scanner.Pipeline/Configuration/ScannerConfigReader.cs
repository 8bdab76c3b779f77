using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Pipeline.Configuration;

/// <summary>
/// Reads <c>.latticescan.yaml</c>:
/// <code>
/// organization: { id: o-a1b2c3d4e5, accounts: ["111111111111", …] }   # or accounts_file: accounts.txt
/// rules:
///   folders: [./custom-rules]
///   include: [LATTICE-GW-001]      # only these (like --rule)
///   skip: [LATTICE-LOG-001]        # like --skip-rule
///   tags: [network]                # like --tag
///   severity: { LATTICE-LOG-001: low }
/// suppressions: .latticescan-suppressions.yaml
/// fail_on: high
/// </code>
/// Unknown fields are errors with line and column.
/// </summary>
public static class ScannerConfigReader
{
    public const string DefaultFileName = ".latticescan.yaml";

    public static ScannerConfig Read(string path)
    {
        var root = YamlDocumentLoader.LoadFile(path) as YamlMappingNode ?? throw new InputException(path, "the config file must be a mapping", 1, 1);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var config = new ScannerConfig { Path = path };
        foreach (var (k, v) in root.Children)
        {
            switch (Key(k, path))
            {
                case "organization": config = ReadOrganization(config, v, path, dir); break;
                case "rules": config = ReadRules(config, v, path, dir); break;
                case "suppressions": config = config with { SuppressionsFile = Resolve(dir, Scalar(v, path, "'suppressions'")) }; break;
                case "fail_on": config = config with { FailOn = Scalar(v, path, "'fail_on'") }; break;
                default: throw Error(k, path, $"unknown field '{Key(k, path)}' (organization, rules, suppressions, fail_on)");
            }
        }
        return config;
    }

    private static ScannerConfig ReadOrganization(ScannerConfig config, YamlNode node, string path, string dir)
    {
        var map = node as YamlMappingNode ?? throw Error(node, path, "'organization' must be a mapping");
        foreach (var (k, v) in map.Children)
        {
            switch (Key(k, path))
            {
                case "id": config = config with { OrganizationId = Scalar(v, path, "'organization.id'") }; break;
                case "accounts": config = config with { OrganizationAccounts = [.. config.OrganizationAccounts, .. List(v, path, "'organization.accounts'")] }; break;
                case "accounts_file":
                    config = config with { OrganizationAccounts = [.. config.OrganizationAccounts, .. AccountList.ReadFile(Resolve(dir, Scalar(v, path, "'organization.accounts_file'")))] };
                    break;
                default: throw Error(k, path, $"unknown field 'organization.{Key(k, path)}' (id, accounts, accounts_file)");
            }
        }
        return config;
    }

    private static ScannerConfig ReadRules(ScannerConfig config, YamlNode node, string path, string dir)
    {
        var map = node as YamlMappingNode ?? throw Error(node, path, "'rules' must be a mapping");
        foreach (var (k, v) in map.Children)
        {
            switch (Key(k, path))
            {
                case "folders": config = config with { RuleFolders = RuleFolders(v, path, dir) }; break;
                case "include": config = config with { IncludeRules = List(v, path, "'rules.include'") }; break;
                case "skip": config = config with { SkipRules = List(v, path, "'rules.skip'") }; break;
                case "tags": config = config with { Tags = List(v, path, "'rules.tags'") }; break;
                case "severity":
                    var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
                    foreach (var (rk, rv) in (v as YamlMappingNode ?? throw Error(v, path, "'rules.severity' must map rule ids to severities")).Children)
                    {
                        var text = Scalar(rv, path, "a severity");
                        if (!SeverityNames.TryParse(text, out var s)) throw Error(rv, path, $"severity '{text}' must be one of critical, high, medium, low, info");
                        overrides[Key(rk, path)] = s;
                    }
                    config = config with { SeverityOverrides = overrides };
                    break;
                default: throw Error(k, path, $"unknown field 'rules.{Key(k, path)}' (folders, include, skip, tags, severity)");
            }
        }
        return config;
    }

    /// <summary>Each folder must exist: the error names the config file, line and column, not just the folder.</summary>
    private static List<string> RuleFolders(YamlNode v, string path, string dir)
    {
        var seq = v as YamlSequenceNode ?? throw Error(v, path, "'rules.folders' must be a list");
        var folders = new List<string>();
        foreach (var item in seq.Children)
        {
            var folder = Resolve(dir, Scalar(item, path, "each entry of 'rules.folders'"));
            if (!Directory.Exists(folder))
                throw Error(item, path, $"rules.folders: folder '{((YamlScalarNode)item).Value}' not found (relative to the folder of {System.IO.Path.GetFileName(path)})");
            folders.Add(folder);
        }
        return folders;
    }

    private static string Resolve(string dir, string p) => System.IO.Path.IsPathRooted(p) ? p : System.IO.Path.GetRelativePath(Environment.CurrentDirectory, System.IO.Path.Combine(dir, p));

    private static IReadOnlyList<string> List(YamlNode v, string path, string what) =>
        (v as YamlSequenceNode ?? throw Error(v, path, $"{what} must be a list")).Children.Select(c => Scalar(c, path, $"each entry of {what}")).ToList();

    private static string Key(YamlNode k, string path) => k is YamlScalarNode { Value: { } s } ? s : throw Error(k, path, "keys must be strings");

    private static string Scalar(YamlNode v, string path, string what) =>
        v is YamlScalarNode { Value: { } s } ? s : throw Error(v, path, $"{what} must be a string");

    private static InputException Error(YamlNode n, string path, string reason) => new(path, reason, (int)n.Start.Line, (int)n.Start.Column);
}
