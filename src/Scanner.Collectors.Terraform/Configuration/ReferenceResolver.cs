using System.Text.Json;
using Scanner.Collectors.Terraform.Json;
using Scanner.Collectors.Terraform.Plan;

namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// Explains values unknown at plan time through <c>configuration</c> expression references: a resource in the
/// same module instance, a module input (<c>var.x</c> → the call's argument in the parent), or a module output
/// (<c>module.m.out</c> → the output's expression in the child), to any depth. For <c>count</c>/<c>for_each</c>
/// targets the instance with the referencing instance's key is preferred, else every instance is returned.
/// </summary>
internal sealed class ReferenceResolver
{
    private const int MaxHops = 64;

    private static readonly HashSet<string> PlanTimeRoots = new(StringComparer.Ordinal) { "each", "count", "path", "terraform", "self" };

    private readonly PlanIndex _plan;
    private readonly ConfigurationIndex _configuration;

    public ReferenceResolver(PlanIndex plan, ConfigurationIndex configuration)
    {
        _plan = plan;
        _configuration = configuration;
    }

    public JsonElement? ConfigOf(PlannedResource r) => _configuration.Module(r.ModulePath)?.Resource(r.ConfigAddress);

    /// <summary>The expression of a top-level attribute in the resource's configuration, when present.</summary>
    public JsonElement? Expression(PlannedResource r, string attribute) => ConfigOf(r).ObjectMember("expressions").Member(attribute);

    public ReferenceResolution Resolve(PlannedResource r, string attribute)
    {
        var module = _configuration.Module(r.ModulePath);
        if (module is null || Expression(r, attribute) is not { ValueKind: JsonValueKind.Object } expression) return ReferenceResolution.None;
        var refs = expression.ArrayMember("references").Strings().ToList();
        if (refs.Count == 0) return ReferenceResolution.None;
        var output = new List<PlannedResource>();
        var complete = Walk(refs, module, r.ModuleInstance, r.InstanceKey, 0, output);
        return new ReferenceResolution(output.Distinct().ToList(), complete && output.Count > 0);
    }

    private bool Walk(IReadOnlyList<string> references, ConfigModule module, string instance, string? preferredKey, int hops, List<PlannedResource> output)
    {
        if (hops > MaxHops) return false;
        var complete = true;
        var resources = new List<(string Base, string? Key)>();
        var outputs = new List<(string Call, string? Key, string Output)>();
        var wholeModules = new HashSet<string>(StringComparer.Ordinal);
        var variables = new List<string>();
        foreach (var reference in references)
        {
            var s = TerraformAddress.Segments(reference);
            if (s.Count < 2) continue;
            switch (s[0])
            {
                case "var": variables.Add(TerraformAddress.SplitKey(s[1]).Name); break;
                case "module":
                {
                    var (call, key) = TerraformAddress.SplitKey(s[1]);
                    if (s.Count >= 3) outputs.Add((call, key, TerraformAddress.SplitKey(s[2]).Name));
                    else wholeModules.Add(call);
                    break;
                }
                case "data" or "local": complete = false; break;
                default:
                    if (PlanTimeRoots.Contains(s[0])) break;
                    var (name, instanceKey) = TerraformAddress.SplitKey(s[1]);
                    resources.Add((s[0] + "." + name, instanceKey));
                    break;
            }
        }

        foreach (var (baseAddress, key) in resources.Distinct())
        {
            if (key is null && resources.Any(x => x.Base == baseAddress && x.Key is not null)) continue;
            IReadOnlyList<PlannedResource> found = key is not null
                ? _plan.Find(TerraformAddress.Join(instance, baseAddress + key)) is { } one ? [one] : []
                : Prefer(_plan.Instances(instance, baseAddress), preferredKey);
            if (found.Count == 0) complete = false;
            output.AddRange(found);
        }

        foreach (var variable in variables.Distinct())
        {
            var inputs = module.InputReferences(variable).ToList();
            if (module.Parent is null || inputs.Count == 0)
            {
                complete = false;
                continue;
            }
            var (parentInstance, moduleKey) = TerraformAddress.ParentModule(instance);
            complete &= Walk(inputs, module.Parent, parentInstance, moduleKey ?? preferredKey, hops + 1, output);
        }

        foreach (var call in wholeModules)
            if (!outputs.Any(o => o.Call == call)) complete = false;

        foreach (var (call, key, name) in outputs.Distinct())
        {
            if (!module.Calls.TryGetValue(call, out var child))
            {
                complete = false;
                continue;
            }
            var refs = child.OutputReferences(name).ToList();
            var instances = _plan.ModuleInstances(instance, call);
            IReadOnlyList<string> chosen = key is not null
                ? instances.Where(i => i == TerraformAddress.Join(instance, "module." + call + key)).ToList()
                : PreferModule(instances, preferredKey);
            if (refs.Count == 0 || chosen.Count == 0)
            {
                complete = false;
                continue;
            }
            foreach (var childInstance in chosen)
                complete &= Walk(refs, child, childInstance, preferredKey, hops + 1, output);
        }
        return complete;
    }

    private static IReadOnlyList<PlannedResource> Prefer(IReadOnlyList<PlannedResource> instances, string? key)
    {
        if (key is null || instances.Count < 2) return instances;
        var same = instances.Where(i => i.InstanceKey == key).ToList();
        return same.Count > 0 ? same : instances;
    }

    private static IReadOnlyList<string> PreferModule(IReadOnlyList<string> instances, string? key)
    {
        if (key is null || instances.Count < 2) return instances;
        var same = instances.Where(i => TerraformAddress.ParentModule(i).Key == key).ToList();
        return same.Count > 0 ? same : instances;
    }
}
