using Scanner.Core.Aws;

namespace Scanner.Pipeline.RuleCases;

/// <summary>The input forms a case can be written in.</summary>
public enum CaseInputForm
{
    Terraform,
    CloudFormation,
    Inventory,
    /// <summary>What AWS returns, served by an AWS emulator and read by the live collector (see <see cref="ILiveCaseCollector"/>).</summary>
    Live,
}

/// <summary>
/// One case of a rule: an input in one form and the exact resources that must fire (empty: nothing may fire),
/// with the reason.
/// </summary>
public sealed record RuleCase
{
    public required string Name { get; init; }
    public required string Why { get; init; }
    public required IReadOnlyList<string> Fires { get; init; }
    /// <summary>
    /// When given, the exact resources the rule must leave undecided (its condition depends on a value the input
    /// does not know); empty means the rule must decide every resource. Null: not checked.
    /// </summary>
    public IReadOnlyList<string>? Undecided { get; init; }
    public required CaseInputForm Form { get; init; }
    /// <summary>The input as the collector reads it (plan JSON, template text, snapshot JSON; for live cases the world description as JSON).</summary>
    public required string Input { get; init; }
    public required OrganizationContext Organization { get; init; }
    public required int Line { get; init; }
}
