namespace Scanner.Collectors.CloudFormation;

/// <summary>
/// Limits and inputs of the CloudFormation collector. The limits exist because templates are untrusted input:
/// a scan must fail with a clear message, not exhaust memory or stack, on a hostile or broken file.
/// </summary>
public sealed record CloudFormationOptions
{
    /// <summary>Largest template accepted, in bytes (UTF-8). Default 64 MiB; CloudFormation itself accepts at most 1 MB.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Most memory (estimated bytes) the collector may hold for one template: its parsed definitions not yet mapped and
    /// the inventory built from it. Null (the default): twice the template's size plus 32 MiB
    /// (<see cref="Scanner.Core.Collection.InputMemoryBudget"/>), far above what any template CloudFormation accepts needs.
    /// </summary>
    public long? MaxHeldBytes { get; init; }

    /// <summary>Deepest nesting of mappings and sequences accepted. Default 128; real templates stay under 20.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>
    /// Most nodes that YAML aliases may expand to, summed over the document (the "billion laughs" guard).
    /// Default 10,000. Aliases are shared, never copied, but this bounds the work of reading them.
    /// </summary>
    public int MaxAliasExpansions { get; init; } = 10_000;

    /// <summary>
    /// Parameter values by name, overriding each parameter's <c>Default</c>. Pseudo parameters can be given too:
    /// <c>AWS::AccountId</c>, <c>AWS::Region</c>, <c>AWS::Partition</c> (default <c>aws</c>), <c>AWS::StackName</c>.
    /// Values of list-typed parameters are comma-separated. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Which unknown values deserve an <c>UnresolvedValue</c> warning, by inventory kind and normalised property
    /// name: a scan passes the properties its selected rules read, and the others (names, tags, descriptions, …)
    /// are counted in one <c>UnresolvedValuesNotRead</c> note instead. Null (the default): warn about every one.
    /// </summary>
    public Func<string, string, bool>? ReportUnresolved { get; init; }

    /// <summary>
    /// Keeps every read definition's nodes as they are read instead of packing them until they are mapped (the
    /// reference the packed reading is tested against).
    /// </summary>
    internal bool KeepBodies { get; init; }
}
