using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Reads a plan without a document of the whole file (<see cref="JsonSectionReader"/>): the top level with
/// <c>configuration</c>, and the <c>resource_changes</c> entries as byte ranges to parse one at a time. A 256 MiB plan
/// is mostly <c>planned_values</c>, <c>prior_state</c> and <c>resource_changes</c>; they are checked but never built.
/// </summary>
internal static class PlanSectionReader
{
    /// <summary>Top-level sections kept whole in the skeleton; every other object or array becomes empty there.</summary>
    private static readonly string[] KeptSections = ["configuration", "Resources"];

    /// <param name="utf8">The document without a byte-order mark, not blank.</param>
    public static JsonSections Read(ReadOnlyMemory<byte> utf8, string file, TerraformPlanOptions options)
    {
        try
        {
            return JsonSectionReader.Read(utf8, options.MaxDepth, "resource_changes", KeptSections);
        }
        catch (JsonException e)
        {
            var (reason, line, column) = JsonErrorDescriber.Describe(e, utf8.Span, options.MaxDepth);
            throw new InputException(file, reason, line, column, e);
        }
        catch (JsonDuplicatePropertyException e)
        {
            // Terraform never writes a property twice, so it is an error, not "last wins".
            var (line, column) = JsonPositions.Position(utf8.Span, e.Offset);
            throw new InputException(file, "duplicate property: an object names the same property twice (the value would be ambiguous)", line, column);
        }
    }
}
