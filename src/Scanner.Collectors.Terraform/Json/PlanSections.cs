using System.Text.Json;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// A plan document read without materialising it whole: <see cref="Skeleton"/> is the top-level object with every
/// large section the collector does not read (<c>planned_values</c>, <c>prior_state</c>, <c>resource_drift</c>, …)
/// replaced by an empty value of the same JSON type, and <c>resource_changes</c> is left to be read one entry at a
/// time from <see cref="Entries"/> (byte ranges into the file). <see cref="EntryPositions"/> holds each entry's
/// 1-based line and byte column in the file, so locations stay exact once the file's bytes are released.
/// </summary>
internal sealed class PlanSections(JsonDocument skeleton, IReadOnlyList<(int Start, int Length)> entries, IReadOnlyList<(int Line, int Column)> entryPositions)
    : IDisposable
{
    public JsonDocument Skeleton { get; } = skeleton;

    /// <summary>Offset and length (in the file after a byte-order mark) of each <c>resource_changes[]</c> element.</summary>
    public IReadOnlyList<(int Start, int Length)> Entries { get; } = entries;

    public IReadOnlyList<(int Line, int Column)> EntryPositions { get; } = entryPositions;

    public void Dispose() => Skeleton.Dispose();
}
