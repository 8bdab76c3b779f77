using System.Text.Json;
using Scanner.Collectors.Terraform.Configuration;
using Scanner.Collectors.Terraform.Json;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>
/// The managed resources that will exist after apply, indexed once by address, by (module instance, config
/// address) for reference resolution, and the module instances under each module call.
/// </summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<string, PlannedResource> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Module, string Config), List<PlannedResource>> _instances = new();
    private readonly Dictionary<(string Parent, string Call), List<string>> _moduleInstances = new();
    private readonly HashSet<string> _seenModules = new(StringComparer.Ordinal);

    public PlanIndex(JsonElement root)
    {
        var ordinal = -1;
        if (root.ArrayMember("resource_changes") is not { } changes) return;
        foreach (var change in changes.EnumerateArray())
        {
            ordinal++;
            if (change.ValueKind != JsonValueKind.Object) continue;
            var address = change.StringMember("address");
            var type = change.StringMember("type");
            var name = change.StringMember("name");
            if (address is null || type is null || name is null) continue;
            var mode = change.StringMember("mode") ?? (address.StartsWith("data.", StringComparison.Ordinal) ? "data" : "managed");
            if (mode != "managed" || change.Member("deposed") is not null) continue;
            var body = change.ObjectMember("change");
            if (!ChangeActions.WillExist(body.ArrayMember("actions"))) continue;
            if (_byAddress.ContainsKey(address)) continue;

            var moduleInstance = change.StringMember("module_address") ?? ModuleOf(address);
            var key = TerraformAddress.SplitKey(TerraformAddress.Segments(address)[^1]).Key;
            var r = new PlannedResource(address, moduleInstance, type, name, key, ordinal, body.Member("after"), body.Member("after_unknown"));
            Add(r);
        }
    }

    public List<PlannedResource> Resources { get; } = [];

    public PlannedResource? Find(string address) => _byAddress.GetValueOrDefault(address);

    /// <summary>Every instance of a config resource (<c>aws_x.y</c>) within one module instance.</summary>
    public IReadOnlyList<PlannedResource> Instances(string moduleInstance, string configAddress) =>
        _instances.TryGetValue((moduleInstance, configAddress), out var list) ? list : [];

    /// <summary>Instances (<c>module.a.module.b["k"]</c>) of a module call made from a module instance.</summary>
    public IReadOnlyList<string> ModuleInstances(string parentInstance, string call) =>
        _moduleInstances.TryGetValue((parentInstance, call), out var list) ? list : [];

    private void Add(PlannedResource r)
    {
        Resources.Add(r);
        _byAddress[r.Address] = r;
        if (!_instances.TryGetValue((r.ModuleInstance, r.ConfigAddress), out var list))
            _instances[(r.ModuleInstance, r.ConfigAddress)] = list = [];
        list.Add(r);
        var module = r.ModuleInstance;
        while (module.Length > 0 && _seenModules.Add(module))
        {
            var (parent, _) = TerraformAddress.ParentModule(module);
            var call = TerraformAddress.SplitKey(TerraformAddress.Segments(module)[^1]).Name;
            if (!_moduleInstances.TryGetValue((parent, call), out var children)) _moduleInstances[(parent, call)] = children = [];
            children.Add(module);
            module = parent;
        }
    }

    /// <summary>The module part of a full address, for old plans without <c>module_address</c>.</summary>
    private static string ModuleOf(string address)
    {
        var segments = TerraformAddress.Segments(address);
        var end = 0;
        while (end + 1 < segments.Count && segments[end] == "module") end += 2;
        return string.Join('.', segments.Take(Math.Min(end, segments.Count)));
    }
}
