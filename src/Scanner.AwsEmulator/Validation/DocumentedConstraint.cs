using System.Text.Json.Nodes;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// A rule the service model states only in prose (operation or member documentation), with the sentence it comes
/// from; a test checks every sentence is still in the model, so a model update that drops it is noticed.
/// </summary>
public sealed record DocumentedConstraint(string Service, string Operation, ConstraintRule Rule, IReadOnlyList<string> Members, string Sentence)
{
    public string? WhenMember { get; init; }
    public string? WhenValue { get; init; }

    /// <summary>The violation message, or null when the input keeps the rule.</summary>
    public string? Check(JsonObject input)
    {
        var present = Members.Where(input.ContainsKey).ToList();
        return Rule switch
        {
            ConstraintRule.AtLeastOne when present.Count == 0 => Sentence,
            ConstraintRule.NotTogether when present.Count > 1 => Sentence,
            ConstraintRule.ForbiddenWhen when present.Count > 0 && WhenMember is not null &&
                                             input[WhenMember]?.GetValueKind() == System.Text.Json.JsonValueKind.String &&
                                             (string?)input[WhenMember] == WhenValue => $"{Members[0]}: {Sentence}",
            _ => null,
        };
    }
}
