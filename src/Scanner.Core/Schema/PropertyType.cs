namespace Scanner.Core.Schema;

public enum PropertyType
{
    String,
    Number,
    Boolean,
    /// <summary>A list; <see cref="PropertySchema.Item"/> describes each element.</summary>
    List,
    /// <summary>A structure with named members (<see cref="PropertySchema.Members"/>).</summary>
    Object,
    /// <summary>Free-form string keys (tags).</summary>
    Map,
    /// <summary>Anything (raw documents).</summary>
    Any,
}
