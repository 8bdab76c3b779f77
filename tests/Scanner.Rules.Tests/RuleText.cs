namespace Scanner.Rules.Tests;

/// <summary>Builds rule files around a condition, so tests state only what they exercise.</summary>
internal static class RuleText
{
    public static string With(string resource, string condition, string unknown = "skip", string message = "{{ resource }} matched: {{ evidence }}") => $"""
        id: TEST-RULE-001
        name: test-rule
        title: Test rule
        severity: high
        severity_rationale: test
        description: test
        remediation: fix it
        resource: {resource}
        unknown: {unknown}
        message: "{message}"
        condition:
        {Indent(condition)}
        """;

    private static string Indent(string text) =>
        string.Join("\n", text.Trim('\n').Split('\n').Select(l => "  " + l));
}
