using System.Text.Json;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>One <c>resource_changes[]</c> entry that will exist after apply, with its planned value.</summary>
internal sealed class PlannedResource
{
    private readonly JsonElement? _after;
    private readonly JsonElement? _afterUnknown;
    private readonly JsonElement? _afterSensitive;
    private Value? _value;

    public PlannedResource(string address, string moduleInstance, string type, string name, string? instanceKey,
        int ordinal, JsonElement? after, JsonElement? afterUnknown, JsonElement? afterSensitive = null)
    {
        Address = address;
        ModuleInstance = moduleInstance;
        ModulePath = Configuration.TerraformAddress.StripKeys(moduleInstance);
        Type = type;
        Name = name;
        InstanceKey = instanceKey;
        Ordinal = ordinal;
        _after = after;
        _afterUnknown = afterUnknown;
        _afterSensitive = afterSensitive;
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

    /// <summary>The planned attribute map (<c>after</c> with unknowns restored, sensitive values masked as unknown); converted on first use.</summary>
    public Value After => _value ??= AsMap(PlanValueConverter.Convert(_after, _afterUnknown, _afterSensitive));

    private static Value AsMap(Value v) => v.IsMap ? v : Value.EmptyMap;

    public override string ToString() => Address;
}
