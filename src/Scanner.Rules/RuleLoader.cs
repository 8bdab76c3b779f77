using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Operators;
using Scanner.Rules.Yaml;

namespace Scanner.Rules;

/// <summary>
/// Loads every rule file (<c>*.yaml</c> / <c>*.yml</c>, not <c>*.cases.yaml</c>) below the given folders,
/// validating each completely before any scan: fields, operators, arguments, regexes, paths against the
/// inventory schema, message placeholders, and ids unique across all folders.
/// </summary>
public sealed class RuleLoader
{
    private readonly InventorySchema _schema;
    private readonly OperatorRegistry _operators;

    /// <param name="schema">The inventory schema paths are checked against (default: <see cref="InventorySchema.Default"/>).</param>
    /// <param name="operators">The operators conditions may use (default: <see cref="OperatorRegistry.BuiltIn"/>).</param>
    public RuleLoader(InventorySchema? schema = null, OperatorRegistry? operators = null)
    {
        _schema = schema ?? InventorySchema.Default;
        _operators = operators ?? OperatorRegistry.BuiltIn;
    }

    public static bool IsCaseFile(string path) =>
        path.EndsWith(".cases.yaml", StringComparison.Ordinal) || path.EndsWith(".cases.yml", StringComparison.Ordinal);

    /// <summary>Rule files under <paramref name="directory"/>; each real folder is entered once, so link loops end.</summary>
    public static IEnumerable<string> RuleFilesIn(string directory) =>
        DirectoryWalker.Files(directory, recursive: true,
            f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)) && !IsCaseFile(f));

    public RuleSet LoadDirectories(IEnumerable<string> directories) => Load(directories, []);

    /// <summary>
    /// Loads rule texts held in memory (the bundled rules embedded in an assembly, rules a host generates) together
    /// with the rule files below <paramref name="directories"/>; ids are unique across both.
    /// </summary>
    public RuleSet Load(IEnumerable<string> directories, IEnumerable<RuleText> texts) => Load([], directories, texts);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, IEnumerable{RuleText})"/>, with rules already compiled (the bundled set,
    /// restored by <see cref="Precompiled.PrecompiledRuleReader"/>) taken first and as they are; ids are unique across all.
    /// </summary>
    public RuleSet Load(IReadOnlyList<CompiledRule> precompiled, IEnumerable<string> directories, IEnumerable<RuleText> texts)
    {
        var rules = new List<CompiledRule>();
        var errors = new List<RuleError>();
        var files = new List<string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string origin, Func<CompiledRule> load)
        {
            files.Add(origin);
            try
            {
                var rule = load();
                if (ids.TryGetValue(rule.Id, out var other))
                {
                    errors.Add(new RuleError(origin, rule.Definition.Line, 1, $"duplicate rule id '{rule.Id}' (also in {other})"));
                    return;
                }
                ids[rule.Id] = origin;
                rules.Add(rule);
            }
            catch (InputException e)
            {
                errors.Add(new RuleError(e.File, e.Line, e.Column, e.Reason));
            }
        }
        foreach (var rule in precompiled) Add(rule.Definition.File, () => rule);
        foreach (var text in texts) Add(text.DisplayPath, () => LoadText(text.Text, text.DisplayPath));
        foreach (var dir in directories)
        {
            if (!Directory.Exists(dir))
            {
                errors.Add(new RuleError(dir, 0, 0, "rules folder not found"));
                continue;
            }
            foreach (var file in RuleFilesIn(dir)) Add(file, () => LoadFile(file));
        }
        return new RuleSet(rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), errors, files);
    }

    public CompiledRule LoadFile(string file) => Compile(YamlDocumentLoader.LoadFile(file), file);

    public CompiledRule LoadText(string text, string displayPath) => Compile(YamlDocumentLoader.LoadText(text, displayPath), displayPath);

    private CompiledRule Compile(YamlDotNet.RepresentationModel.YamlNode root, string file)
    {
        var definition = RuleDefinitionReader.Read(root, file, _schema);
        var compiler = new ConditionCompiler(_schema, file, definition.Resource, _operators);
        var condition = compiler.Compile(definition.Condition!);
        var (message, error) = MessageTemplate.Compile(definition.Message, _schema, definition.Resource);
        if (error is not null) throw definition.MessageNode!.Error(file, error);
        return new CompiledRule(definition, Describe(definition, RuleHelp.Markdown(definition)), condition, message!, compiler.Reads) { NeedsOrganization = compiler.UsesOrganization };
    }

    /// <summary>The report metadata of a rule; <paramref name="helpMarkdown"/> is <see cref="RuleHelp.Markdown"/> of it.</summary>
    internal static RuleDescriptor Describe(RuleDefinition d, string helpMarkdown) =>
        Describe(d, helpMarkdown, d.Description.Trim(), d.SeverityRationale.Trim(), d.Remediation.Summary.Trim());

    /// <summary>The report metadata of a rule whose report texts (trimmed) are at hand, as a precompiled form keeps them.</summary>
    internal static RuleDescriptor Describe(RuleDefinition d, string helpMarkdown, string description, string severityRationale, string remediation) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Title = d.Title,
        Severity = d.Severity,
        SecuritySeverity = d.SecuritySeverity ?? d.Severity.DefaultScore(),
        Description = description,
        SeverityRationale = severityRationale,
        Remediation = remediation,
        HelpMarkdown = helpMarkdown,
        References = d.References,
        HelpUri = d.HelpUri,
        Tags = d.Tags,
        Compliance = d.Compliance,
        Precision = d.Precision,
        ResourceKind = d.Resource,
        UnknownPolicy = d.Unknown,
    };
}
