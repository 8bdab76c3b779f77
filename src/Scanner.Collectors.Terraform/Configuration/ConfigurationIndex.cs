using System.Text.Json;
using Scanner.Collectors.Terraform.Json;
using Scanner.Collectors.Terraform.Sources;

namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// The <c>configuration</c> section indexed by module path, with each module's source folder resolved from
/// <c>module_calls.&lt;name&gt;.source</c> (local paths only: registry and git modules have no folder here).
/// </summary>
internal sealed class ConfigurationIndex
{
    private readonly Dictionary<string, ConfigModule> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _regions = new(StringComparer.Ordinal);
    private readonly JsonElement? _providers;

    public ConfigurationIndex(JsonElement root, string? rootDirectory)
    {
        var configuration = root.ObjectMember("configuration");
        _providers = configuration.ObjectMember("provider_config");
        Root = new ConfigModule("", null, null, configuration.ObjectMember("root_module"), rootDirectory);
        var pending = new Stack<ConfigModule>();
        pending.Push(Root);
        _modules[""] = Root;
        while (pending.Count > 0)
        {
            var parent = pending.Pop();
            foreach (var call in parent.Module.ObjectMember("module_calls").Members())
            {
                if (call.Value.ValueKind != JsonValueKind.Object) continue;
                var path = TerraformAddress.Join(parent.Path, "module." + call.Name);
                if (_modules.ContainsKey(path)) continue;
                var child = new ConfigModule(path, parent, call.Value, call.Value.ObjectMember("module"),
                    ChildDirectory(parent.Directory, call.Value.StringMember("source")));
                parent.AddCall(call.Name, child);
                _modules[path] = child;
                pending.Push(child);
            }
        }
    }

    public ConfigModule Root { get; }

    public ConfigModule? Module(string modulePath) => _modules.GetValueOrDefault(modulePath);

    /// <summary>
    /// The region a provider configuration sets as a literal (<c>provider "aws" { region = "…" }</c>). Module
    /// resources name the inherited configuration either as <c>aws</c> or as <c>module.x:aws</c>.
    /// </summary>
    public string? Region(string? providerConfigKey)
    {
        if (providerConfigKey is null) return null;
        if (_regions.TryGetValue(providerConfigKey, out var cached)) return cached;
        var region = _providers.ObjectMember(providerConfigKey).ObjectMember("expressions").ObjectMember("region").StringMember("constant_value");
        if (region is null)
        {
            var colon = providerConfigKey.LastIndexOf(':');
            if (colon >= 0)
                region = _providers.ObjectMember(providerConfigKey[(colon + 1)..]).ObjectMember("expressions").ObjectMember("region").StringMember("constant_value");
        }
        _regions[providerConfigKey] = region;
        return region;
    }

    private static string? ChildDirectory(string? parentDirectory, string? source)
    {
        if (parentDirectory is null || source is null) return null;
        var local = source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal) ||
                    source == "." || source == "..";
        return local ? PathText.Combine(parentDirectory, source) : null;
    }
}
