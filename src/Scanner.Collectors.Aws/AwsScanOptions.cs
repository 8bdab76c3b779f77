using Amazon.Runtime;

namespace Scanner.Collectors.Aws;

/// <summary>What a live scan reads and how. Defaults suit a real organization; tests shrink delays and time-outs.</summary>
public sealed record AwsScanOptions
{
    public const string DefaultRoleName = "LatticeScanReadOnly";

    /// <summary>A named profile (shared config/credentials files, SSO profiles included); null = the default chain.</summary>
    public string? Profile { get; init; }

    /// <summary>Empty = the profile's / AWS_REGION region; <c>["all"]</c> = regions EC2 DescribeRegions reports enabled.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Scan the organization's ACTIVE member accounts (assuming <see cref="RoleName"/>); the calling account uses its own credentials.</summary>
    public bool Organization { get; init; }

    /// <summary>With <see cref="Organization"/>: only accounts under these OUs (recursively).</summary>
    public IReadOnlyList<string> OrganizationalUnits { get; init; } = [];

    /// <summary>Only these accounts (with <see cref="Organization"/>: a filter on the members; without: accounts to assume into).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    public IReadOnlyList<string> ExcludeAccounts { get; init; } = [];

    /// <summary>The read-only role in member accounts (docs/stackset-readonly-role.yaml deploys it).</summary>
    public string RoleName { get; init; } = DefaultRoleName;

    public string? ExternalId { get; init; }

    /// <summary>
    /// A cap on API requests in flight at once; null (default) = no cap beyond <see cref="Protocol.RequestPacer.SafetyBound"/>.
    /// Speed is set by each account, region and API's rate, which the scan learns from AWS's throttling answers.
    /// </summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Scan only the accounts of shard <c>Index</c> of <c>Count</c> (see <see cref="Organization.AccountSharding"/>).</summary>
    public (int Index, int Count)? Shard { get; init; }

    public TextWriter? Log { get; init; }

    /// <summary>Log every API attempt (service, operation, account, region, status, duration; never credentials).</summary>
    public bool Verbose { get; init; }

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRetries { get; init; } = 5;

    /// <summary>First backoff step; doubled per retry with full jitter, capped by <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Explicit base credentials; null = environment (AWS_ACCESS_KEY_ID …), then <see cref="Profile"/>, then the SDK chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>
    /// Where AWS_* variables are read (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_REGION, AWS_DEFAULT_REGION,
    /// AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN); null = the process environment.
    /// </summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>Builds the service clients; null = the thin clients and AWS SDK wrappers of this assembly.</summary>
    public IAwsClientFactory? ClientFactory { get; init; }

    /// <summary>
    /// Carries every request of the scan (thin clients and SDK clients alike, signed and paged as always) instead of
    /// the network; null = the network. An AWS emulator in process plugs in here.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Assume-role session length.</summary>
    public TimeSpan SessionDuration { get; init; } = TimeSpan.FromHours(1);
}
