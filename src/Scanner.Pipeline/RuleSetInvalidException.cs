using Scanner.Rules;

namespace Scanner.Pipeline;

/// <summary>Rules did not load: nothing is scanned with a partial rule set. Exit code 2.</summary>
public sealed class RuleSetInvalidException(IReadOnlyList<RuleError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more rule error(s); run 'latticescan rules validate')")
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
