using Scanner.Collectors.CloudFormation.Mapping;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Collectors.CloudFormation.Schemas;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation;

/// <summary>
/// Reads a CloudFormation template (YAML with short-form tags, or JSON) into inventory resources. Values are
/// resolved as far as the template allows (parameters, pseudo parameters, conditions, Fn::Sub/Join/Select/…);
/// <c>Ref</c>/<c>GetAtt</c> to template resources become references, and what cannot be known is
/// <see cref="Value.Unknown"/>. Bad or hostile input throws <see cref="InputException"/> and nothing else.
/// </summary>
public sealed class CloudFormationCollector
{
    private readonly CloudFormationOptions _options;

    public CloudFormationCollector(CloudFormationOptions? options = null)
    {
        _options = options ?? new CloudFormationOptions();
        if (_options.MaxDepth < 1 || _options.MaxAliasExpansions < 0 || _options.MaxDocumentBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "CloudFormation limits must be positive.");
    }

    /// <summary>Reads the template file; the path is also the display path used in keys and locations.</summary>
    public CollectionResult Collect(string templatePath)
    {
        return Run(TemplateText.Read(templatePath, _options.MaxDocumentBytes), templatePath);
    }

    /// <summary>Reads template text; <paramref name="displayPath"/> names it in keys, locations and messages.</summary>
    public CollectionResult CollectFromText(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(TemplateSource.FromText(TemplateText.CheckText(text, displayPath, _options.MaxDocumentBytes)), displayPath);
    }

    private CollectionResult Run(TemplateSource source, string file)
    {
        // Only the resources the scan maps keep their bodies (KindMappers.Reads); the others are outlined as they are parsed.
        var limits = new ParseLimits(_options.MaxDepth, _options.MaxAliasExpansions) { ReadsType = KindMappers.Reads };
        var diagnostics = new DiagnosticSink(file, _options.ReportUnresolved);
        var parsed = TemplateParser.Read(source, file, limits);
        // The tree holds what mapping needs; the text is let go here.
        var textBytes = source.MemoryBytes;
        source = null!;
        LargeInputMemory.Release(textBytes);
        var template = LoopExpansion.Apply(parsed, _options.Parameters, diagnostics, file);
        var entries = template.Resources.Entries.Select(e => new TemplateResource(e.Key, (MappingNode)e.Value)).ToList();
        var types = entries.ToDictionary(e => e.LogicalId, e => e.Type, StringComparer.Ordinal);
        var resolver = new IntrinsicResolver(template, types, _options.Parameters);
        if (LoopExpansion.OtherTransforms(template) is { } transform)
            diagnostics.Add(DiagnosticLevel.Note, "Transform", $"the template uses Transform {transform}; resources a transform generates are not seen by a template scan");

        var active = new List<TemplateResource>(entries.Count);
        foreach (var e in entries)
        {
            KnownProperties.Check(e, diagnostics);
            // A resource whose Condition is false is not created; an undecidable condition keeps it (it may be).
            if (e.Condition is { } condition && resolver.Conditions.Named(condition, new ResolutionTrace()) == false) continue;
            active.Add(e);
        }

        var attachments = SecurityGroupRuleAttachments.Collect(active, resolver, diagnostics, file);
        var mappers = new KindMappers(attachments, NearbyDatabases.Pick(active.Where(e => DatabaseMapper.IsDatabase(e.Type)).Select(e => e.LogicalId)));
        var resources = new List<Resource>();
        foreach (var e in active)
            if (mappers.For(e.Type) is { } mapper)
                resources.Add(ResourceAssembler.Build(e, mapper, file, resolver, diagnostics, mappers.KindsByType));
        foreach (var (groupId, rules) in attachments.ByLiteralId)
            resources.Add(ResourceAssembler.StandInGroup(groupId, rules, file, resolver));
        diagnostics.Finish();
        return new CollectionResult(resources, diagnostics.Diagnostics);
    }
}
