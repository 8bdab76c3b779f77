using Amazon.Runtime;

namespace Scanner.Collectors.Aws.Sts;

/// <summary>
/// Credentials of an assumed role that renew themselves: the first session comes from the eager AssumeRole (so a
/// missing role fails up front, once per account), later ones from the same AssumeRole request 5 minutes before the
/// session expires. Long organization scans therefore never run into ExpiredToken.
/// </summary>
public sealed class RoleSessionCredentials : RefreshingAWSCredentials
{
    private readonly Func<Task<CredentialsRefreshState>> _renew;
    private CredentialsRefreshState? _first;

    /// <param name="renewBefore">How long before expiry to renew (default 5 minutes).</param>
    public RoleSessionCredentials(ImmutableCredentials credentials, DateTime expirationUtc, Func<Task<CredentialsRefreshState>> renew,
        TimeSpan? renewBefore = null)
    {
        _first = new CredentialsRefreshState(credentials, expirationUtc);
        _renew = renew;
        PreemptExpiryTime = renewBefore ?? TimeSpan.FromMinutes(5);
    }

    protected override CredentialsRefreshState GenerateNewCredentials() => GenerateNewCredentialsAsync().GetAwaiter().GetResult();

    protected override Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        var first = Interlocked.Exchange(ref _first, null);
        return first is not null ? Task.FromResult(first) : _renew();
    }
}
