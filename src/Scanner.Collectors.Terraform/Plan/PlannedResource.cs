using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>One <c>resource_changes[]</c> entry that will exist after apply, with its planned value.</summary>
internal sealed class PlannedResource
{
    private readonly Value? _after;

    /// <param name="after">
    /// The planned attribute map (see <see cref="After"/>), or null for an entry of a type the collector never reads
    /// the values of: its address takes part in reference resolution, its values are not kept.
    /// </param>
    public PlannedResource(string address, string moduleInstance, string type, string name, string? instanceKey, int ordinal, Value? after)
    {
        Address = address;
        ModuleInstance = moduleInstance;
        ModulePath = Configuration.TerraformAddress.StripKeys(moduleInstance);
        Type = type;
        Name = name;
        InstanceKey = instanceKey;
        Ordinal = ordinal;
        _after = after is null ? null : after.IsMap ? after : Value.EmptyMap;
    }

    /// <summary>Full address with module path and instance keys: <c>module.net["a"].aws_security_group.gw[0]</c>.</summary>
    public string Address { get; }

    /// <summary>Module instance address (<c>module.net["a"]</c>), empty at the root.</summary>
    public string ModuleInstance { get; }

    /// <summary>Module path without instance keys (<c>module.net</c>), as <c>configuration</c> is keyed.</summary>
    public string ModulePath { get; }

    public string Type { get; }
    public string Name { get; }

    /// <summary>The instance key as written in the address (<c>[0]</c>, <c>["a"]</c>), or null.</summary>
    public string? InstanceKey { get; }

    /// <summary>Module-relative address without instance key, as <c>configuration</c> resources are addressed.</summary>
    public string ConfigAddress => Type + "." + Name;

    /// <summary>Position in <c>resource_changes</c> (for the plan-file fallback location).</summary>
    public int Ordinal { get; }

    /// <summary>The planned attribute map: <c>after</c> with unknowns restored, sensitive values masked as unknown.</summary>
    public Value After => _after
        ?? throw new System.Diagnostics.UnreachableException($"the planned values of {Address} were not kept: {Type} is not a type the collector reads");

    public override string ToString() => Address;
}
