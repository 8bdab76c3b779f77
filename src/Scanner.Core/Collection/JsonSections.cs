using System.Text.Json;

namespace Scanner.Core.Collection;

/// <summary>
/// A large JSON document read without materialising it whole (see <see cref="JsonSectionReader"/>):
/// <see cref="Skeleton"/> is the top-level object with the split array left empty (and, when asked, other large
/// sections replaced by an empty value of the same JSON type), and the split array's elements are left to be read one
/// at a time from <see cref="Elements"/> (byte ranges into the text). <see cref="ElementPositions"/> holds each
/// element's 1-based line and byte column, so locations stay exact once the text is released.
/// </summary>
public sealed class JsonSections(JsonDocument skeleton, IReadOnlyList<(int Start, int Length)> elements, IReadOnlyList<(int Line, int Column)> elementPositions)
    : IDisposable
{
    public JsonDocument Skeleton { get; } = skeleton;

    /// <summary>Offset and length (in the text given to the reader) of each element of the split array.</summary>
    public IReadOnlyList<(int Start, int Length)> Elements { get; } = elements;

    public IReadOnlyList<(int Line, int Column)> ElementPositions { get; } = elementPositions;

    public void Dispose() => Skeleton.Dispose();
}
