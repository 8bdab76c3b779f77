using System.Collections.Concurrent;
using Amazon.Runtime;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Sts;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// Credentials per planned account, obtained once and shared by all its regions: the scanner's own for the calling
/// account, an assumed read-only role for the others. A failed assumption is one AssumeRoleFailed diagnostic for the
/// account and null credentials (its units are skipped).
/// </summary>
internal sealed class AccountSessions
{
    private const string SessionName = "latticescan";

    private readonly Dictionary<string, Lazy<Task<AWSCredentials?>>> _sessions;

    public AccountSessions(IEnumerable<string> accounts, string caller, AWSCredentials callerCredentials, ISecurityTokenClient sts,
        AwsScanOptions options, string partition, ConcurrentQueue<ScanDiagnostic> diagnostics, CancellationToken ct) =>
        _sessions = accounts.ToDictionary(a => a, a => new Lazy<Task<AWSCredentials?>>(() => a == caller
            ? Task.FromResult<AWSCredentials?>(callerCredentials)
            : AssumeAsync(sts, options, a, partition, diagnostics, ct)), StringComparer.Ordinal);

    public bool IsPlanned(string account) => _sessions.ContainsKey(account);

    public Task<AWSCredentials?> ForAsync(string account) => _sessions[account].Value;

    private static async Task<AWSCredentials?> AssumeAsync(ISecurityTokenClient sts, AwsScanOptions options, string account,
        string partition, ConcurrentQueue<ScanDiagnostic> diagnostics, CancellationToken ct)
    {
        var roleArn = $"arn:{partition}:iam::{account}:role/{options.RoleName}";
        try
        {
            return await sts.AssumeRoleAsync(roleArn, SessionName, options.ExternalId, options.SessionDuration, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            diagnostics.Enqueue(new ScanDiagnostic
            {
                Level = DiagnosticLevel.Error,
                Code = "AssumeRoleFailed",
                Message = $"Could not assume {roleArn} ({e.ErrorCode}: {e.Message}). Deploy the role (docs/stackset-readonly-role.yaml) or exclude the account; nothing was read from {account}.",
                AccountId = account,
                Region = e.Region,
                Api = e.Api,
            });
            return null;
        }
    }
}
