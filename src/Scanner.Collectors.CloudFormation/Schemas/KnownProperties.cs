using Scanner.Collectors.CloudFormation.Mapping;

namespace Scanner.Collectors.CloudFormation.Schemas;

/// <summary>
/// Warns about properties CloudFormation does not define for a mapped type (a misspelt
/// <c>AllowAssociationToShareableServiceNetwork</c>, <c>ResourceGatewayIdentifier</c>): the collector would read
/// the property as absent and a rule could pass on a value the author meant to set. The names come from the
/// resource provider schemas (<c>generate-property-names.py</c> writes <c>KnownProperties.g.cs</c>).
/// </summary>
internal static partial class KnownProperties
{
    public const string UnknownProperty = "UnknownProperty";

    /// <summary>True when the type's property names are known (the mapped types).</summary>
    public static bool Covers(string cfnType) => ByType.ContainsKey(cfnType);

    /// <summary>False only for a property name the type's known schema lacks (true for types not covered).</summary>
    public static bool Defines(string cfnType, string property) =>
        !ByType.TryGetValue(cfnType, out var names) || Array.BinarySearch(names, property, StringComparer.Ordinal) >= 0;

    public static void Check(TemplateResource resource, DiagnosticSink diagnostics)
    {
        if (!ByType.TryGetValue(resource.Type, out var names)) return;
        foreach (var key in resource.PropertyKeysToCheck)
        {
            if (Array.BinarySearch(names, key.Text, StringComparer.Ordinal) >= 0) continue;
            var closest = names.FirstOrDefault(n => string.Equals(n, key.Text, StringComparison.OrdinalIgnoreCase)) ?? Closest(key.Text, names);
            var hint = closest is null ? "" : $" (did you mean '{closest}'?)";
            diagnostics.Warn(UnknownProperty, resource.LogicalId, key.Text,
                $"{resource.Type} has no property '{key.Text}'{hint}; CloudFormation rejects the template and the scan reads the property as absent", key.Line, key.Column);
        }
    }

    /// <summary>A name that differs by at most a few edits (a misspelling), else null.</summary>
    private static string? Closest(string name, string[] names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var n in names)
        {
            var d = Distance(name, n);
            if (d < bestDistance) (best, bestDistance) = (n, d);
        }
        return bestDistance <= Math.Max(2, name.Length / 6) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
