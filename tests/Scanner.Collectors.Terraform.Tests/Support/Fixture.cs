using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Tests.Support;

/// <summary>Paths of the copied fixtures and small lookups over collected resources.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]).Replace('\\', '/');

    public static string ExamplePath(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Examples", "terraform", .. parts]).Replace('\\', '/');

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    public static Resource ByAddress(this CollectionResult result, string address) =>
        result.Resources.SingleOrDefault(r => r.Address == address)
        ?? throw new Xunit.Sdk.XunitException($"no resource {address}; have: {string.Join(", ", result.Resources.Select(r => r.Address))}");

    public static Value Prop(this Resource r, string name) =>
        r.Properties.Get(name) ?? throw new Xunit.Sdk.XunitException($"{r.Address} has no property {name}; has: {string.Join(", ", r.Properties.Entries.Keys)}");

    public static string[] Targets(this Resource r, string relation) =>
        r.References.Where(x => x.Relation == relation).Select(x => x.Target ?? "<unresolvable>").ToArray();
}
