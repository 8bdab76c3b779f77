namespace Scanner.AwsEmulator;

/// <summary>
/// An injected failure. Null filters match anything. <see cref="Times"/> null = always; otherwise the fault fires that
/// many times and then the call succeeds — in all, or with <see cref="PerKey"/> for each account, region and API on
/// its own (<c>Times = 1, PerKey = true</c>: the first call of every key fails).
/// </summary>
public sealed record EmulatedFault(EmulatedFaultKind Kind)
{
    public string? Service { get; init; }
    public string? Operation { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public int? Times { get; init; }

    /// <summary>Count <see cref="Times"/> separately per account, region, service and operation.</summary>
    public bool PerKey { get; init; }
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    public bool Matches(string service, string operation, string? account, string region) =>
        (Service is null || Service == service) && (Operation is null || Operation == operation) &&
        (AccountId is null || AccountId == account) && (Region is null || Region == region);
}
