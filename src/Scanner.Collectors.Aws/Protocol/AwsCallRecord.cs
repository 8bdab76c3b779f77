namespace Scanner.Collectors.Aws.Protocol;

/// <summary>One attempt of one AWS call, as observers see it. Holds no credentials, headers or bodies by design.</summary>
public sealed record AwsCallRecord(
    string Service,
    string Operation,
    string? AccountId,
    string Region,
    int Attempt,
    int StatusCode,
    string? ErrorCode,
    TimeSpan Duration)
{
    public string Api => $"{Service}:{Operation}";
    public bool Succeeded => ErrorCode is null;
}
