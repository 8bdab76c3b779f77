namespace Scanner.Collectors.Aws;

/// <summary>Where a scan is: account×region units done of total, accounts done of total, API calls and errors so far.</summary>
public sealed record AwsScanProgress(
    int UnitsDone,
    int UnitsTotal,
    int AccountsDone,
    int AccountsTotal,
    long ApiCalls,
    int Errors,
    string? LastAccountId,
    string? LastRegion);
