using Scanner.Collectors.CloudFormation.Parsing;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Reads the known segments of an ARN that is only partly known, as templates usually write them:
/// <c>!Sub arn:${AWS::Partition}:vpc-lattice:${AWS::Region}:111111111111:resourceconfiguration/${RcfgId}</c>
/// has a known service and account even though the whole value is unknown. Unknown parts become markers; a marker
/// from a pseudo parameter that never holds a colon (partition, region, account) keeps later segments in place,
/// any other unknown part before a segment makes that segment unknown too.
/// </summary>
internal static class ArnPattern
{
    private const char Colonless = '\u0001';
    private const char Opaque = '\u0002';

    private static readonly HashSet<string> ColonlessPseudo = new(StringComparer.Ordinal) { "AWS::Partition", "AWS::Region", "AWS::AccountId", "AWS::URLSuffix" };

    /// <summary>The service segment (index 2) when it is known.</summary>
    public static string? Service(TemplateNode node, IntrinsicResolver resolver) => Segment(node, resolver, 2);

    /// <summary>The account segment (index 4) when it is known; empty when the ARN names no account (S3).</summary>
    public static string? Account(TemplateNode node, IntrinsicResolver resolver) => Segment(node, resolver, 4);

    private static string? Segment(TemplateNode node, IntrinsicResolver resolver, int index)
    {
        var text = Pattern(node, resolver);
        if (!text.StartsWith("arn:", StringComparison.Ordinal)) return null;
        var parts = text.Split(':', 6);
        if (parts.Length <= index) return null;
        for (var i = 0; i <= index; i++)
        {
            if (parts[i].Contains(Opaque)) return null;
            if (i == index && parts[i].Contains(Colonless)) return null;
        }
        return parts[index];
    }

    private static string Pattern(TemplateNode node, IntrinsicResolver resolver)
    {
        var trace = new ResolutionTrace();
        if (node is MappingNode map && IntrinsicResolver.IntrinsicName(map) is { } fn)
        {
            var arg = map.Entries[0].Value;
            if (fn == "Fn::Sub" && IntrinsicResolver.SubParts(arg) is ({ } template, var variables))
                return string.Concat(SubstitutionTemplate.Parse(template).Select(p =>
                    p.IsLiteral ? p.Text : Known(resolver.SubVariable(p.Text, variables, trace)) ?? Marker(p.Text)));
            if (fn == "Fn::Join" && arg is SequenceNode { Items: [ScalarNode delimiter, SequenceNode items] })
                return string.Join(delimiter.Text, items.Items.Select(i => Pattern(i, resolver)));
            if (fn == "Ref" && arg is ScalarNode name && ColonlessPseudo.Contains(name.Text))
                return Known(resolver.Resolve(node, trace)) ?? Colonless.ToString();
        }
        return Known(resolver.Resolve(node, trace)) ?? Opaque.ToString();
    }

    private static string Marker(string variable) => (ColonlessPseudo.Contains(variable) ? Colonless : Opaque).ToString();

    private static string? Known(Core.Inventory.Value? v) => v is null ? null : ValueFacts.Text(v);
}
