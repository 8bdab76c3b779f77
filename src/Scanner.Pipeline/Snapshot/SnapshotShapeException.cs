namespace Scanner.Pipeline.Snapshot;

/// <summary>A snapshot value of the wrong shape, at a JSON path; the reader turns it into a located input error.</summary>
internal sealed class SnapshotShapeException(IReadOnlyList<object> path, string reason) : Exception(reason)
{
    public IReadOnlyList<object> JsonPath { get; } = path;
}
