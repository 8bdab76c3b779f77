namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// The YAML short-form intrinsic tags CloudFormation accepts. <c>!X</c> becomes the key <c>Fn::X</c>, except
/// <c>!Ref</c> → <c>Ref</c> and <c>!Condition</c> → <c>Condition</c> (the cfn-lint loader's rule). Any other
/// local tag is an error: a tag the scanner silently ignored could hide a value.
/// </summary>
internal static class ShortFormTags
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["!Ref"] = "Ref",
        ["!Condition"] = "Condition",
        ["!GetAtt"] = "Fn::GetAtt",
        ["!Sub"] = "Fn::Sub",
        ["!If"] = "Fn::If",
        ["!Join"] = "Fn::Join",
        ["!Select"] = "Fn::Select",
        ["!Split"] = "Fn::Split",
        ["!FindInMap"] = "Fn::FindInMap",
        ["!ImportValue"] = "Fn::ImportValue",
        ["!Base64"] = "Fn::Base64",
        ["!Cidr"] = "Fn::Cidr",
        ["!GetAZs"] = "Fn::GetAZs",
        ["!Equals"] = "Fn::Equals",
        ["!And"] = "Fn::And",
        ["!Or"] = "Fn::Or",
        ["!Not"] = "Fn::Not",
        ["!Transform"] = "Fn::Transform",
    };

    /// <summary>The supported tags, for error messages.</summary>
    public static string Supported { get; } = string.Join(", ", Keys.Keys);

    /// <summary>The mapping key a short-form tag stands for, or null when the tag is not a CloudFormation short form.</summary>
    public static string? KeyFor(string tag) => Keys.GetValueOrDefault(tag);
}
