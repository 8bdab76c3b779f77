using System.Text.Json;
using Scanner.Collectors.Terraform.Json;

namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// One module of <c>configuration</c> (the root or a module call's <c>module</c>): its resources by
/// module-relative address, its outputs, its child calls, and the call's input expressions in the parent.
/// </summary>
internal sealed class ConfigModule
{
    private readonly Dictionary<string, JsonElement> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConfigModule> _calls = new(StringComparer.Ordinal);

    public ConfigModule(string path, ConfigModule? parent, JsonElement? call, JsonElement? module, string? directory)
    {
        Path = path;
        Parent = parent;
        Call = call;
        Module = module;
        Directory = directory;
        foreach (var r in module.ArrayMember("resources").Objects())
            if (r.StringMember("address") is { } address) _resources.TryAdd(address, r);
    }

    /// <summary>Module path without instance keys (<c>module.a.module.b</c>), empty for the root.</summary>
    public string Path { get; }

    public ConfigModule? Parent { get; }

    /// <summary>The <c>module_calls.&lt;name&gt;</c> object in the parent (source, input expressions); null at the root.</summary>
    public JsonElement? Call { get; }

    public JsonElement? Module { get; }

    /// <summary>Folder of this module's <c>.tf</c> files, when local and known; null for remote modules or without sources.</summary>
    public string? Directory { get; }

    public IReadOnlyDictionary<string, ConfigModule> Calls => _calls;

    public JsonElement? Resource(string configAddress) => _resources.TryGetValue(configAddress, out var r) ? r : null;

    /// <summary>The references of a module input (<c>var.name</c>) as the parent's call writes them.</summary>
    public IEnumerable<string> InputReferences(string variable) =>
        Call.ObjectMember("expressions").ObjectMember(variable).ArrayMember("references").Strings();

    /// <summary>The references of an output's expression.</summary>
    public IEnumerable<string> OutputReferences(string output) =>
        Module.ObjectMember("outputs").ObjectMember(output).ObjectMember("expression").ArrayMember("references").Strings();

    internal void AddCall(string name, ConfigModule child) => _calls[name] = child;
}
