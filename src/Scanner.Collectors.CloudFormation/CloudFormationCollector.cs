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
        if (_options.MaxDepth < 1 || _options.MaxAliasExpansions < 0 || _options.MaxDocumentBytes < 0 || _options.MaxHeldBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "CloudFormation limits must be positive.");
    }

    /// <summary>Reads the template file; the path is also the display path used in keys and locations.</summary>
    public CollectionResult Collect(string templatePath)
    {
        return Run(new SourceHolder(TemplateText.Read(templatePath, _options.MaxDocumentBytes)), templatePath);
    }

    /// <summary>Reads template text; <paramref name="displayPath"/> names it in keys, locations and messages.</summary>
    public CollectionResult CollectFromText(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(new SourceHolder(TemplateSource.FromText(TemplateText.CheckText(text, displayPath, _options.MaxDocumentBytes))), displayPath);
    }

    // Each step runs in its own method and hands on only what the next one needs, so that the text, the tree and
    // each resource's nodes are unreachable as soon as they are used up, whatever the compiler does with locals.
    private CollectionResult Run(SourceHolder source, string file)
    {
        var diagnostics = new DiagnosticSink(file, _options.ReportUnresolved);
        var budget = new InputMemoryBudget(file, source.Source!.InputBytes, _options.MaxHeldBytes);
        var prepared = Prepare(source, file, diagnostics, budget);
        var resources = new List<Resource>();
        var keys = new TemplateKeys(file);
        var shapes = new LocationMap.Shapes();
        var letGo = prepared.BytesLetGo;
        while (prepared.Pending.TryDequeue(out var e))
        {
            var resource = ResourceAssembler.Build(e, prepared.Mappers.For(e.Type)!, keys, shapes, prepared.Resolver, diagnostics, prepared.Mappers.KindsByType);
            letGo += Dropped(e, budget);
            budget.Add(resource, prepared.Resolver.Values);
            resources.Add(resource);
            if (letGo >= LargeInputMemory.Threshold)
            {
                e = null!;
                LargeInputMemory.Release(letGo);
                letGo = 0;
            }
        }
        foreach (var (groupId, rules) in prepared.Attachments.ByLiteralId)
            resources.Add(ResourceAssembler.StandInGroup(groupId, rules, file, prepared.Resolver));
        diagnostics.Finish();
        return new CollectionResult(resources, diagnostics.Diagnostics);
    }

    /// <summary>Parses the template and lets its text go; the tree is all that is left of it.</summary>
    private TemplateModel Parse(SourceHolder holder, string file, NodePacker? packer, InputMemoryBudget budget)
    {
        // Only the resources the scan maps keep their bodies (KindMappers.Reads), packed until they are mapped; the others
        // are outlined as they are parsed.
        var limits = new ParseLimits(_options.MaxDepth, _options.MaxAliasExpansions)
        {
            ReadsType = KindMappers.Reads,
            Packer = packer,
            DefinesProperty = KnownProperties.Defines,
            Budget = budget,
        };
        var phase = LargeInputMemory.StartPhase();
        var parsed = TemplateParser.Read(holder.Source!, file, limits);
        holder.Source = null;
        // Parsing leaves much garbage among the tree (and the text, when it was held); mapping should reuse that space.
        LargeInputMemory.BetweenPhases(phase);
        return parsed;
    }

    /// <summary>
    /// Everything mapping needs: the resources to map (the template's root is no longer reachable: each resource's
    /// nodes are held by its entry alone), the resolver, the attached security-group rules and the mappers.
    /// </summary>
    private Prepared Prepare(SourceHolder source, string file, DiagnosticSink diagnostics, InputMemoryBudget budget)
    {
        var packer = _options.KeepBodies ? null : new NodePacker();
        var parsed = Parse(source, file, packer, budget);
        var template = LoopExpansion.Apply(parsed, _options.Parameters, diagnostics, file);
        HoldExpanded(parsed, template, budget);
        var bodies = packer is null ? null : new DefinitionBodies(packer);
        budget.Hold(ObjectBytes.Dictionary(template.Resources.Entries.Count));
        var types = new Dictionary<string, string>(template.Resources.Entries.Count, StringComparer.Ordinal);
        foreach (var (key, definition) in template.Resources.Entries) types.Add(key.Text, TemplateResource.TypeOf((MappingNode)definition));
        var resolver = new IntrinsicResolver(template, types, _options.Parameters);
        if (LoopExpansion.OtherTransforms(template) is { } transform)
            diagnostics.Add(DiagnosticLevel.Note, "Transform", $"the template uses Transform {transform}; resources a transform generates are not seen by a template scan");

        // Only the resources whose properties the scan reads (KindMappers.Reads) are held on, and only those are
        // created; of the others the type is all that matters, and their outlines are let go with the template.
        var active = new List<TemplateResource>();
        var letGo = 0L;
        foreach (var (key, definition) in template.Resources.Entries)
        {
            var e = new TemplateResource(key, (MappingNode)definition, bodies);
            KnownProperties.Check(e, diagnostics);
            // A resource whose Condition is false is not created; an undecidable condition keeps it (it may be).
            if (!KindMappers.Reads(e.Type) || (e.Condition is { } condition && resolver.Conditions.Named(condition, new ResolutionTrace()) == false))
            {
                letGo += Dropped(e, budget);
                continue;
            }
            active.Add(e);
        }

        var attachments = SecurityGroupRuleAttachments.Collect(active, resolver, diagnostics, file);
        var mappers = new KindMappers(attachments, NearbyDatabases.Pick(active.Where(e => DatabaseMapper.IsDatabase(e.Type)).Select(e => e.LogicalId)));
        // The rule resources, now attached to their groups, are let go here too rather than as mapping reaches them.
        var pending = new Queue<TemplateResource>(active.Count);
        foreach (var e in active)
        {
            if (mappers.For(e.Type) is not null) pending.Enqueue(e);
            else letGo += Dropped(e, budget);
        }
        return new Prepared(pending, letGo, resolver, attachments, mappers);
    }

    /// <summary>
    /// A resource's definition is let go (mapped, or not to be mapped): what it held leaves the budget; returns the bytes
    /// its nodes used, towards the next compacting collection (<see cref="LargeInputMemory"/>).
    /// </summary>
    private static long Dropped(TemplateResource e, InputMemoryBudget budget)
    {
        budget.Release(e.HeldBytes);
        return e.NodeBytesUsed;
    }

    /// <summary>
    /// Holds the definitions <c>Fn::ForEach</c> loops made (the readers held the ones they read), so that each mapped
    /// or dropped definition lets go of what was held for it (the loops themselves stay held: they are small).
    /// </summary>
    private static void HoldExpanded(TemplateModel parsed, TemplateModel expanded, InputMemoryBudget budget)
    {
        if (ReferenceEquals(parsed, expanded)) return;
        var read = new HashSet<TemplateNode>(parsed.Resources.Entries.Select(e => e.Value), ReferenceEqualityComparer.Instance);
        foreach (var (_, definition) in expanded.Resources.Entries)
            if (!read.Contains(definition)) budget.Hold(TreeBytes.Deep(definition));
    }

    private sealed class SourceHolder(TemplateSource source)
    {
        public TemplateSource? Source { get; set; } = source;
    }

    private sealed record Prepared(Queue<TemplateResource> Pending, long BytesLetGo, IntrinsicResolver Resolver, SecurityGroupRuleAttachments Attachments, KindMappers Mappers);
}
