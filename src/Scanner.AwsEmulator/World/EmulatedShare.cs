namespace Scanner.AwsEmulator.World;

/// <summary>A RAM share: principals are account ids, organization or OU ARNs.</summary>
public sealed record EmulatedShare(string Id, string Name, bool AllowExternalPrincipals, IReadOnlyList<string> ResourceArns, IReadOnlyList<string> Principals)
{
    public string Status { get; init; } = "ACTIVE";
}
