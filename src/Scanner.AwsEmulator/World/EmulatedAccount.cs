namespace Scanner.AwsEmulator.World;

/// <summary>An account of the emulated world (inside the organization or not) and its per-region resources.</summary>
public sealed class EmulatedAccount
{
    private readonly Dictionary<string, EmulatedRegion> _regions = new(StringComparer.Ordinal);

    public EmulatedAccount(string id, string name) { Id = id; Name = name; }

    public string Id { get; }
    public string Name { get; }
    public string Email => $"{Name}@example.com";

    /// <summary>ACTIVE or SUSPENDED (Organizations <c>Status</c>).</summary>
    public string Status { get; set; } = "ACTIVE";

    /// <summary>False for accounts outside the organization (they can still share into it).</summary>
    public bool InOrganization { get; set; } = true;

    /// <summary>The root or OU the account sits in.</summary>
    public string? ParentId { get; set; }

    /// <summary>Roles that exist in the account (AssumeRole fails with AccessDenied for others).</summary>
    public HashSet<string> RoleNames { get; } = new(StringComparer.Ordinal);

    /// <summary>An ExternalId the role's trust policy requires, if any.</summary>
    public string? RequiredExternalId { get; set; }

    /// <summary>Regions enabled for the account; calls elsewhere fail like a disabled opt-in region.</summary>
    public HashSet<string> EnabledRegions { get; } = new(StringComparer.Ordinal);

    public EmulatedRegion Region(string region)
    {
        if (!_regions.TryGetValue(region, out var r)) _regions[region] = r = new EmulatedRegion(Id, region);
        return r;
    }

    public IEnumerable<EmulatedRegion> Regions => _regions.Values;
}
