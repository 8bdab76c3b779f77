using System.Text.Json;

namespace Scanner.Core.Files;

/// <summary>Writing large JSON documents (reports, snapshots) to a stream without holding them whole.</summary>
public static class StreamedJson
{
    /// <summary>Bytes a writer may hold before they are passed on to its stream.</summary>
    public const int FlushBytes = 64 * 1024;

    /// <summary>
    /// Passes what <paramref name="writer"/> holds on to its stream once it is <see cref="FlushBytes"/> or more; call it
    /// between the elements of a long array. A <see cref="Utf8JsonWriter"/> over a stream otherwise keeps the whole
    /// document in its buffer until it is disposed: a report of tens of thousands of findings or a snapshot of a large
    /// plan is tens of megabytes, held twice over while the buffer grows.
    /// </summary>
    public static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushBytes) writer.Flush();
    }
}
