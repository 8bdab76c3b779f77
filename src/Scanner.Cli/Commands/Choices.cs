using System.CommandLine;

namespace Scanner.Cli.Commands;

/// <summary>
/// Options that take one word of a fixed set. Values are matched without regard to case (<c>--fail-on HIGH</c>)
/// and given back in lower case; a wrong word names the allowed ones and the closest.
/// </summary>
internal static class Choices
{
    public static Option<string> Restrict(Option<string> option, string defaultValue, params string[] allowed)
    {
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result =>
            result.Tokens.Count == 0 ? defaultValue : Check(result, option.Name, result.Tokens[^1].Value, allowed) ?? defaultValue;
        return option;
    }

    public static Option<string?> Restrict(Option<string?> option, params string[] allowed)
    {
        option.CustomParser = result => result.Tokens.Count == 0 ? null : Check(result, option.Name, result.Tokens[^1].Value, allowed);
        return option;
    }

    /// <summary>The value in lower case when it is one of <paramref name="allowed"/>; otherwise null and a parse error.</summary>
    private static string? Check(System.CommandLine.Parsing.ArgumentResult result, string name, string value, string[] allowed)
    {
        var lower = value.ToLowerInvariant();
        if (allowed.Contains(lower)) return lower;
        var closest = Suggestions.Closest(value, allowed);
        result.AddError($"{name} '{value}' is not one of {string.Join(", ", allowed)}" + (closest is null ? "" : $" (did you mean '{closest}'?)"));
        return null;
    }

    /// <summary>The value in lower case when it is one of <paramref name="allowed"/>, else null (for config-file values).</summary>
    public static string? Normalise(string value, params string[] allowed) =>
        allowed.Contains(value.ToLowerInvariant()) ? value.ToLowerInvariant() : null;
}
