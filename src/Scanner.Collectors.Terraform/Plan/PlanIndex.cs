using System.Text.Json;
using Scanner.Collectors.Terraform.Configuration;
using Scanner.Collectors.Terraform.Json;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>
/// The managed resources that will exist after apply, indexed once by address, by (module instance, config
/// address) for reference resolution, and the module instances under each module call. An entry that cannot be read
/// (not an object; address, type, name or mode not a string; change not an object; actions not an array of strings)
/// or that repeats another entry's address is a <see cref="PlanEntryException"/>, never a silent skip.
/// </summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<string, PlannedResource> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Module, string Config), List<PlannedResource>> _instances = new();
    private readonly Dictionary<(string Parent, string Call), List<string>> _moduleInstances = new();
    private readonly HashSet<string> _seenModules = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _readsValuesOf;
    private readonly ValuePool _pool = new();
    private readonly PlanValueConverter _values;
    private readonly InputMemoryBudget _budget;

    /// <summary>
    /// Reads the <c>resource_changes</c> entries one at a time (<paramref name="entry"/> gives the text at an entry's
    /// start and length, valid until the next call): each entry is parsed on its own and released once read, and only
    /// the planned values of the resources kept (<c>after</c> and its mirrors) are converted out, so neither the whole document nor the entries' <c>before</c> values stay in memory. Planned
    /// values are kept only for the resource types <paramref name="readsValuesOf"/> accepts; the other entries keep
    /// their address (references and module instances still resolve) without their values.
    /// </summary>
    /// <param name="budget">The plan's memory budget: each entry kept, with its values, is held in it as it is read.</param>
    public PlanIndex(Func<int, int, ReadOnlyMemory<byte>> entry, IReadOnlyList<(int Start, int Length)> entries, int maxDepth, Func<string, bool> readsValuesOf,
        InputMemoryBudget budget)
    {
        _readsValuesOf = readsValuesOf;
        _budget = budget;
        _values = new PlanValueConverter(_pool);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var options = new JsonDocumentOptions { MaxDepth = maxDepth };
        for (var ordinal = 0; ordinal < entries.Count; ordinal++)
        {
            var (start, length) = entries[ordinal];
            using var document = JsonDocument.Parse(entry(start, length), options);
            Read(document.RootElement, ordinal, seen);
        }
    }

    private void Read(JsonElement change, int ordinal, Dictionary<string, int> seen)
    {
        if (change.ValueKind != JsonValueKind.Object) throw new PlanEntryException(ordinal, null, "the entry must be an object");
        var address = RequiredString(change, "address", ordinal, null);
        var type = RequiredString(change, "type", ordinal, address);
        var name = RequiredString(change, "name", ordinal, address);
        if (change.Member("mode") is { ValueKind: not JsonValueKind.String })
            throw new PlanEntryException(ordinal, address, "\"mode\" must be a string");
        var body = change.Member("change") is { ValueKind: JsonValueKind.Object } b
            ? b : throw new PlanEntryException(ordinal, address, "\"change\" must be an object");
        if (body.Member("actions") is not { ValueKind: JsonValueKind.Array } actions || actions.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
            throw new PlanEntryException(ordinal, address, "\"change.actions\" must be an array of strings such as [\"create\"]");
        var mode = change.StringMember("mode") ?? (address.StartsWith("data.", StringComparison.Ordinal) ? "data" : "managed");
        if (change.Member("deposed") is not null) return; // a deposed object shares its address with the current one
        if (!seen.TryAdd(address, ordinal))
            throw new PlanEntryException(ordinal, address, $"repeats the address of resource_changes[{seen[address]}]; each address appears once in a plan");
        if (mode != "managed") return;
        if (!ChangeActions.WillExist(actions)) return;

        var moduleInstance = change.StringMember("module_address") ?? ModuleOf(address);
        var key = TerraformAddress.SplitKey(TerraformAddress.Segments(address)[^1]).Key;
        // Converted while the entry's document is open: no copy of the JSON outlives the entry. The lists and maps
        // entries repeat (rules, port ranges, principals) are kept once.
        var after = _readsValuesOf(type)
            ? _pool.Share(_values.Convert(body.Member("after"), body.Member("after_unknown"), body.Member("after_sensitive")))
            : null;
        var r = new PlannedResource(address, moduleInstance, type, name, key, ordinal, after);
        Add(r);
        _budget.Take(_pool);
        _budget.Hold(HeldBytes(r));
    }

    /// <summary>An entry kept, without its values (the pool's): its object, texts and places in the indexes.</summary>
    private static long HeldBytes(PlannedResource r) =>
        PlannedBytes + ObjectBytes.Text(r.Address.Length) + ObjectBytes.Text(r.Type.Length) + ObjectBytes.Text(r.Name.Length);

    // A PlannedResource's own fields, and its entries in the address and instance indexes.
    private const int PlannedBytes = 200;

    public List<PlannedResource> Resources { get; } = [];

    /// <summary>The plan's one pool of values (texts, numbers, lists, maps and references).</summary>
    public ValuePool Values => _pool;

    private static string RequiredString(JsonElement change, string member, int ordinal, string? address) =>
        change.Member(member) is { ValueKind: JsonValueKind.String } v
            ? v.GetString()!
            : throw new PlanEntryException(ordinal, address, $"\"{member}\" must be a string");

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
