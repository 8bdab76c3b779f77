namespace Scanner.Core.Collection;

/// <summary>A JSON object names a property twice; <see cref="Offset"/> is where the second name starts.</summary>
public sealed class JsonDuplicatePropertyException : Exception
{
    public JsonDuplicatePropertyException() : this(0) { }

    public JsonDuplicatePropertyException(string message) : base(message) { }

    public JsonDuplicatePropertyException(string message, Exception inner) : base(message, inner) { }

    public JsonDuplicatePropertyException(long offset) : base($"duplicate property at offset {offset}") => Offset = offset;

    public long Offset { get; }
}
