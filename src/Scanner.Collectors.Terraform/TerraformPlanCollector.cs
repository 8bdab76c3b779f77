using System.Text.Json;
using Scanner.Collectors.Terraform.Configuration;
using Scanner.Collectors.Terraform.Json;
using Scanner.Collectors.Terraform.Mapping;
using Scanner.Collectors.Terraform.Plan;
using Scanner.Collectors.Terraform.Sources;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Core.Inventory;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform;

/// <summary>
/// Reads the JSON of a Terraform plan (<c>terraform show -json PLANFILE</c>, format_version 1.x or 0.1) into
/// inventory resources: every managed resource that will exist after apply (create, update, no-op, replace),
/// in every module. Values known only after apply are <see cref="Value.Unknown"/>; relationships to resources
/// created in the same plan are resolved through the <c>configuration</c> references. Bad input throws
/// <see cref="InputException"/> and nothing else; everything short of that is a diagnostic in the result.
/// The document is parsed once; thread-safe for concurrent calls (no shared mutable state).
/// </summary>
public sealed class TerraformPlanCollector
{
    private readonly TerraformPlanOptions _options;

    public TerraformPlanCollector(TerraformPlanOptions? options = null)
    {
        _options = options ?? new TerraformPlanOptions();
        if (_options.MaxDepth is < 1 or > TerraformPlanOptions.DepthCeiling)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDepth, $"MaxDepth must be between 1 and {TerraformPlanOptions.DepthCeiling}.");
        if (_options.MaxDocumentBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDocumentBytes, "MaxDocumentBytes must be positive.");
        if (_options.MaxHeldBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxHeldBytes, "MaxHeldBytes must not be negative.");
    }

    /// <summary>Reads a plan file; <c>.tf</c> sources are looked up in the options' folder, else beside the plan.</summary>
    /// <remarks>
    /// The file is checked whole and its text let go; the <c>resource_changes</c> entries are then read again from the
    /// file one at a time, so the text and the planned values converted from it are never held together.
    /// </remarks>
    public CollectionResult Collect(string planPath)
    {
        ArgumentNullException.ThrowIfNull(planPath);
        var stamp = FileSlices.Stamp(planPath);
        var (sections, offset, size) = CheckFile(planPath);
        using (sections)
            return FileSlices.ReadAgain(planPath, stamp, offset,
                entry => Run(sections, entry, planPath, _options.SourceDirectory ?? PathText.DirectoryOf(planPath), size));
    }

    /// <summary>Reads plan JSON given as text (rule test cases); <c>.tf</c> lookup only when the options name a folder.</summary>
    public CollectionResult CollectFromText(string json, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var bytes = PlanDocumentLoader.FromText(json, displayPath, _options);
        using var sections = Check(bytes, displayPath);
        var content = PlanDocumentLoader.Content(bytes, displayPath);
        return Run(sections, (start, length) => content.Slice(start, length), displayPath, _options.SourceDirectory, bytes.Length);
    }

    /// <summary>Reads and checks the file; its text (outside the GC heap) is freed when this returns.</summary>
    private (JsonSections Sections, int Offset, long Size) CheckFile(string path)
    {
        using var text = PlanDocumentLoader.ReadFile(path, _options);
        var sections = Check(text.Memory, path);
        return (sections, text.Length - PlanDocumentLoader.Content(text.Memory, path).Length, text.Length);
    }

    /// <summary>The whole document checked, its top level kept and the entries' positions found.</summary>
    private JsonSections Check(ReadOnlyMemory<byte> bytes, string displayPath)
    {
        var sections = PlanDocumentLoader.Read(bytes, displayPath, _options);
        try
        {
            PlanEnvelope.Validate(sections.Skeleton.RootElement, displayPath, bytes.Span, _options.MaxDepth);
            return sections;
        }
        catch
        {
            sections.Dispose();
            throw;
        }
    }

    /// <param name="entry">The text of the <c>resource_changes</c> entry at a start and length; valid until the next call.</param>
    /// <param name="size">The plan's size in bytes, for its memory budget.</param>
    private CollectionResult Run(JsonSections sections, Func<int, int, ReadOnlyMemory<byte>> entry, string displayPath, string? sourceDirectory, long size)
    {
        var root = sections.Skeleton.RootElement;
        try
        {
            var budget = new InputMemoryBudget(displayPath, size, _options.MaxHeldBytes);
            var plan = new PlanIndex(entry, sections.Elements, _options.MaxDepth, T.IsRead, budget);
            return Map(root, plan, sections.ElementPositions, displayPath, sourceDirectory, budget);
        }
        catch (PlanEntryException e)
        {
            var positions = sections.ElementPositions;
            var (line, column) = e.Ordinal < positions.Count ? positions[e.Ordinal] : (0, 0);
            var which = e.Address is null ? $"resource_changes[{e.Ordinal}]" : $"resource_changes[{e.Ordinal}] ({Excerpt(e.Address)})";
            throw new InputException(displayPath, $"{which}: {e.Message}", line, column, e);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // Defence in depth: accessors are kind-checked, but a plan that is valid JSON with an impossible
            // shape must still be an input error, never a crash.
            throw new InputException(displayPath, "unexpected plan structure: " + e.Message, inner: e);
        }
    }

    /// <summary>An address from the file, cut to 100 characters: error lines never carry a whole input value.</summary>
    private static string Excerpt(string text) => text.Length > 100 ? text[..97] + "…" : text;

    private static CollectionResult Map(JsonElement root, PlanIndex plan, IReadOnlyList<(int Line, int Column)> positions, string displayPath, string? sourceDirectory,
        InputMemoryBudget budget)
    {
        var configuration = new ConfigurationIndex(root, sourceDirectory is null ? null : PathText.Normalize(sourceDirectory));
        var resolver = new ReferenceResolver(plan, configuration);
        var ctx = new MappingContext(displayPath, resolver);
        var groups = new SecurityGroupMapper(ctx);
        var shares = new ResourceShareMapper(ctx);

        var drafts = new List<ResourceDraft>();
        foreach (var r in plan.Resources)
        {
            if (!T.Kinds.TryGetValue(r.Type, out var kind)) continue;
            var d = new ResourceDraft(r, kind, ctx.KeyOf(r));
            drafts.Add(d);
            switch (r.Type)
            {
                case T.ResourceGateway: LatticeMapper.Gateway(d, ctx); break;
                case T.ResourceConfiguration: LatticeMapper.Configuration(d, ctx); break;
                case T.ServiceNetwork: LatticeMapper.ServiceNetwork(d, ctx); break;
                case T.VpcAssociation: LatticeMapper.VpcAssociation(d, ctx); break;
                case T.ResourceAssociation: LatticeMapper.ResourceAssociation(d, ctx); break;
                case T.Service: ServiceMapper.Service(d, ctx); break;
                case T.ServiceAssociation: ServiceMapper.ServiceAssociation(d, ctx); break;
                case T.AccessLogSubscription: LatticeMapper.AccessLogSubscription(d, ctx); break;
                case T.AuthPolicy: LatticeMapper.AuthPolicy(d, ctx); break;
                case T.ResourcePolicy: LatticeMapper.ResourcePolicy(d, ctx); break;
                case T.ResourceShare: shares.Share(d); break;
                case T.VpcEndpoint: VpcEndpointMapper.Map(d, ctx); break;
                case T.SecurityGroup or T.DefaultSecurityGroup: groups.Group(d); break;
                case T.DbInstance or T.RdsCluster: DatabaseMapper.Map(d); break;
            }
        }
        DatabaseMapper.LinkNearby(drafts);

        foreach (var r in plan.Resources)
        {
            switch (r.Type)
            {
                case T.SecurityGroupRule or T.IngressRule or T.EgressRule: groups.Rule(r); break;
                case T.PrincipalAssociation: shares.PrincipalAssociation(r); break;
                case T.ShareResourceAssociation: shares.ResourceAssociation(r); break;
            }
        }
        groups.Finish();

        var sources = new TfSourceIndex();
        SourceLocation LocationOf(PlannedResource r)
        {
            var directory = configuration.Module(r.ModulePath)?.Directory ?? (r.ModulePath.Length == 0 ? configuration.Root.Directory : null);
            if (sources.Find(directory, r.ConfigAddress, r.Address) is { } found) return found;
            var (line, column) = r.Ordinal < positions.Count ? positions[r.Ordinal] : (1, 0);
            return new SourceLocation(displayPath, line, column, r.Address);
        }

        var resources = new List<Resource>(drafts.Count);
        foreach (var d in drafts)
        {
            var elements = d.ElementSources.ToDictionary(e => e.Key, e => LocationOf(e.Value), StringComparer.Ordinal);
            var resource = ResourceIdentity.Build(d, configuration, resolver, LocationOf(d.Source), elements, plan.Values);
            budget.Add(resource, plan.Values);
            resources.Add(resource);
        }
        return new CollectionResult(resources, ctx.Diagnostics);
    }
}
