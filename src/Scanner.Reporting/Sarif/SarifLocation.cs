namespace Scanner.Reporting.Sarif;

/// <summary>location: always a physical location (GitHub rejects logical-only ones) plus the resource as a logical location.</summary>
internal sealed class SarifLocation
{
    public SarifPhysicalLocation PhysicalLocation { get; set; } = new();
    public List<SarifLogicalLocation>? LogicalLocations { get; set; }
}

internal sealed class SarifPhysicalLocation
{
    public SarifArtifactLocation ArtifactLocation { get; set; } = new();
    public SarifRegion? Region { get; set; }
}

internal sealed class SarifArtifactLocation
{
    /// <summary>Scheme-less, repository-relative, percent-encoded.</summary>
    public string Uri { get; set; } = "";
}

/// <summary>1-based; optional members are omitted rather than written as 0 (the schema's minimum is 1).</summary>
internal sealed class SarifRegion
{
    public int StartLine { get; set; } = 1;
    public int? StartColumn { get; set; }
    public int? EndLine { get; set; }
    public int? EndColumn { get; set; }
}

internal sealed class SarifLogicalLocation
{
    public string? Name { get; set; }
    public string? FullyQualifiedName { get; set; }
    public string Kind { get; set; } = "resource";
}
