namespace Scanner.FakeAws;

/// <summary>
/// An injected failure. Null filters match anything. <see cref="Times"/> null = always; otherwise the fault fires that
/// many times and then the call succeeds.
/// </summary>
public sealed record FakeFault(FakeFaultKind Kind)
{
    public string? Service { get; init; }
    public string? Operation { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public int? Times { get; init; }
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    public bool Matches(string service, string operation, string? account, string region) =>
        (Service is null || Service == service) && (Operation is null || Operation == operation) &&
        (AccountId is null || AccountId == account) && (Region is null || Region == region);
}
