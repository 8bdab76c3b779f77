namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// What resolving one expression met: the logical resources it points at (in first-seen order; they become
/// references) and the first reason a part stayed unknown for a cause other than such a reference (that cause
/// becomes an <c>UnresolvedValue</c> warning). A reference alone is not a warning: CloudFormation values behind
/// <c>Ref</c>/<c>GetAtt</c> are unknowable before deployment, and the edge says what they are.
/// </summary>
internal sealed class ResolutionTrace
{
    private readonly List<string> _resources = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Resources => _resources;

    public string? UnknownCause { get; private set; }

    public void Reference(string logicalId)
    {
        if (_seen.Add(logicalId)) _resources.Add(logicalId);
    }

    public void Unknown(string cause) => UnknownCause ??= cause;
}
