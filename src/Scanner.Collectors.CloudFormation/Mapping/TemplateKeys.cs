namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// The inventory keys of one template's resources (<c>file#LogicalId</c>), one string per logical id: a resource's key
/// and every reference to it are the same object. A template of many resources that refer to each other would
/// otherwise hold a copy of the target's key per reference.
/// </summary>
internal sealed class TemplateKeys(string file)
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public string File => file;

    public string Of(string logicalId)
    {
        if (!_keys.TryGetValue(logicalId, out var key)) _keys.Add(logicalId, key = $"{file}#{logicalId}");
        return key;
    }
}
