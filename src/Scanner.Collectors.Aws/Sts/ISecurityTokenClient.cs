using Amazon.Runtime;

namespace Scanner.Collectors.Aws.Sts;

/// <summary>The STS operations the collector uses.</summary>
public interface ISecurityTokenClient
{
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default);

    /// <summary>
    /// Session credentials for the role (AccessDenied when it is missing or does not trust the caller); the default
    /// implementation returns <see cref="RoleSessionCredentials"/>, which renew themselves before they expire.
    /// </summary>
    Task<AWSCredentials> AssumeRoleAsync(string roleArn, string roleSessionName, string? externalId, TimeSpan duration, CancellationToken ct = default);
}
