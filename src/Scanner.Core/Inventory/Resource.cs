using System.Collections.ObjectModel;

namespace Scanner.Core.Inventory;

/// <summary>
/// One inventory resource: its kind (a <see cref="ResourceKinds"/> name), identity, provenance, normalised
/// properties (names from <see cref="Schema.InventorySchema"/>) and outgoing references.
/// </summary>
public sealed class Resource
{
    public Resource(string kind, string key, ResourceOrigin origin, Value properties)
    {
        if (!properties.IsMap) throw new ArgumentException("Resource properties must be a map.", nameof(properties));
        Kind = kind;
        Key = key;
        Origin = origin;
        Properties = properties;
    }

    public string Kind { get; }

    /// <summary>
    /// Unique key within an inventory: the ARN for live resources; <c>file#address</c> (Terraform) or
    /// <c>file#LogicalId</c> (CloudFormation) for IaC. Fingerprints are derived from it, so it must not
    /// depend on line numbers or input order.
    /// </summary>
    public string Key { get; }

    public ResourceOrigin Origin { get; }

    public string? Arn { get; init; }

    /// <summary>The AWS id (<c>rgw-…</c>, <c>sg-…</c>) when known.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Terraform resource address or CloudFormation logical id.</summary>
    public string? Address { get; init; }

    public string? AccountId { get; init; }
    public string? Region { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>Locations of individual properties (top-level property name → where it is written), when known.</summary>
    public IReadOnlyDictionary<string, SourceLocation> PropertyLocations { get; init; } =
        ReadOnlyDictionary<string, SourceLocation>.Empty;

    public Value Properties { get; }

    public IReadOnlyList<ResourceReference> References { get; init; } = [];

    /// <summary>
    /// Further identifiers other resources may use to point here (the id, the ARN, IaC keys); the
    /// <see cref="Key"/>, <see cref="Arn"/> and <see cref="Id"/> are always included.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Rule ids suppressed in the source itself (a tag or CloudFormation Metadata entry), with the reason.</summary>
    public IReadOnlyDictionary<string, string> InlineSuppressions { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    public IEnumerable<string> AllIdentifiers()
    {
        yield return Key;
        if (Arn is not null) yield return Arn;
        if (Id is not null) yield return Id;
        foreach (var a in Aliases) yield return a;
    }

    /// <summary>A short human name for messages: the name, else the id, else the address, else the key.</summary>
    public string DisplayName => Name ?? Id ?? Address ?? Key;

    public override string ToString() => $"{Kind} {DisplayName}";
}
