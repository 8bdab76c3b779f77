using Scanner.Core.Findings;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules;

/// <summary>A rule ready to run: its definition, its report metadata, its compiled condition and message.</summary>
public sealed class CompiledRule
{
    private readonly Lazy<MessageTemplate> _message;

    public CompiledRule(RuleDefinition definition, RuleDescriptor descriptor, Condition condition, MessageTemplate message,
        IReadOnlySet<(string Kind, string Property)>? reads = null)
        : this(definition, descriptor, condition, new Lazy<MessageTemplate>(message), reads)
    {
    }

    /// <summary>A rule whose message is compiled when its first finding needs it (a restored, already checked rule).</summary>
    internal CompiledRule(RuleDefinition definition, RuleDescriptor descriptor, Condition condition, Lazy<MessageTemplate> message,
        IReadOnlySet<(string Kind, string Property)>? reads = null)
    {
        Definition = definition;
        Descriptor = descriptor;
        Condition = condition;
        _message = message;
        Reads = reads ?? new HashSet<(string, string)>();
    }

    /// <summary>
    /// The (kind, property) pairs the condition reads, so collectors can keep quiet about unknown values no rule
    /// looks at (see <see cref="Paths.PathCompiler.Reads"/>).
    /// </summary>
    public IReadOnlySet<(string Kind, string Property)> Reads { get; }

    public RuleDefinition Definition { get; }
    public RuleDescriptor Descriptor { get; }
    public Condition Condition { get; }
    public MessageTemplate Message => _message.Value;

    public string Id => Definition.Id;

    /// <summary>
    /// True when the condition compares accounts with the organization: without organization context such a
    /// rule cannot decide and never fires.
    /// </summary>
    public bool NeedsOrganization { get; init; }

    /// <summary>This rule with a different severity (a config-file override); the condition is shared.</summary>
    public CompiledRule WithSeverity(Severity severity) =>
        new(Definition, Descriptor with { Severity = severity, SecuritySeverity = severity.DefaultScore() }, Condition, _message, Reads) { NeedsOrganization = NeedsOrganization };

    /// <summary>This rule with a documentation address (bundled rules point at their docs/rules page).</summary>
    public CompiledRule WithHelpUri(string helpUri) =>
        new(Definition, Descriptor with { HelpUri = helpUri }, Condition, _message, Reads) { NeedsOrganization = NeedsOrganization };
}
