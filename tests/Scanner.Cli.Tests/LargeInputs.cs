using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scanner.Cli.Tests;

/// <summary>Large inputs generated at test time (nothing big is checked in): the example plan's resources repeated.</summary>
internal static class LargeInputs
{
    /// <summary>Writes a plan with <paramref name="copies"/> × the example plan's 17 resources (addresses indexed <c>[i]</c>).</summary>
    public static string Plan(string folder, int copies)
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "examples/terraform/plan.json")))!.AsObject();
        var changes = new JsonArray();
        for (var i = 0; i < copies; i++)
            foreach (var change in example["resource_changes"]!.AsArray())
            {
                var copy = change!.DeepClone().AsObject();
                copy["address"] = $"{copy["address"]!.GetValue<string>()}[{i}]";
                copy["index"] = i;
                changes.Add(copy);
            }
        var plan = new JsonObject
        {
            ["format_version"] = example["format_version"]!.DeepClone(),
            ["terraform_version"] = example["terraform_version"]!.DeepClone(),
            ["resource_changes"] = changes,
        };
        var path = Path.Combine(folder, $"plan-{copies}.json");
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        plan.WriteTo(writer);
        return path;
    }
}
