using Scanner.Collectors.CloudFormation.Mapping;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Applies <see cref="ForEachExpander"/> to a parsed template and reports every loop it had to leave out as one
/// <c>LoopNotExpanded</c> warning at the loop's key. The <c>AWS::LanguageExtensions</c> transform is thereby handled
/// by the scan itself; other transforms (AWS::Serverless, macros) still get a note.
/// </summary>
internal static class LoopExpansion
{
    public const string LanguageExtensions = "AWS::LanguageExtensions";
    public const string NotExpanded = "LoopNotExpanded";

    public static TemplateModel Apply(TemplateModel template, IReadOnlyDictionary<string, string> parameters, DiagnosticSink diagnostics, string file)
    {
        if (!ForEachExpander.HasLoops(template.Resources) && !ForEachExpander.HasLoops(template.Conditions) && !ForEachExpander.HasLoops(template.Root.Get("Outputs")))
            return template;
        // Collections read parameters, mappings and pseudo parameters; a collection made of template resources is
        // unknown before deployment anyway, so no resource types are needed.
        var resolver = new IntrinsicResolver(template, new Dictionary<string, string>(StringComparer.Ordinal), parameters);
        var expander = new ForEachExpander(resolver);
        var expanded = template.WithSectionsExpanded(expander.Expand, file);
        foreach (var (loop, cause) in expander.Skipped)
            diagnostics.Add(DiagnosticLevel.Warning, NotExpanded,
                $"{YamlTemplateReader.Shorten(loop.Text)} is not expanded: {cause}; the resources it would create are not scanned",
                loop.Line, loop.Column);
        return expanded;
    }

    /// <summary>The template's transforms other than AWS::LanguageExtensions, as text, or null when there are none.</summary>
    public static string? OtherTransforms(TemplateModel template)
    {
        var others = template.Transforms.Where(t => t != LanguageExtensions).ToList();
        return others.Count == 0 ? null : string.Join(", ", others);
    }
}
