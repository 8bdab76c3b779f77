using Scanner.Core.Findings;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules;

/// <summary>A rule ready to run: its definition, its report metadata, its compiled condition and message.</summary>
public sealed class CompiledRule
{
    public CompiledRule(RuleDefinition definition, RuleDescriptor descriptor, Condition condition, MessageTemplate message)
    {
        Definition = definition;
        Descriptor = descriptor;
        Condition = condition;
        Message = message;
    }

    public RuleDefinition Definition { get; }
    public RuleDescriptor Descriptor { get; }
    public Condition Condition { get; }
    public MessageTemplate Message { get; }

    public string Id => Definition.Id;

    /// <summary>
    /// True when the condition compares accounts with the organization: without organization context such a
    /// rule cannot decide and never fires.
    /// </summary>
    public bool NeedsOrganization { get; init; }

    /// <summary>This rule with a different severity (a config-file override); the condition is shared.</summary>
    public CompiledRule WithSeverity(Severity severity) =>
        new(Definition, Descriptor with { Severity = severity, SecuritySeverity = severity.DefaultScore() }, Condition, Message) { NeedsOrganization = NeedsOrganization };

    /// <summary>This rule with a documentation address (bundled rules point at their docs/rules page).</summary>
    public CompiledRule WithHelpUri(string helpUri) =>
        new(Definition, Descriptor with { HelpUri = helpUri }, Condition, Message) { NeedsOrganization = NeedsOrganization };
}
