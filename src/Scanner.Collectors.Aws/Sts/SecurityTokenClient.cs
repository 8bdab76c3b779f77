using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Sts;

/// <summary><see cref="ISecurityTokenClient"/> on AWSSDK.SecurityToken, regional endpoint, explicit signing region.</summary>
public sealed class SecurityTokenClient : ISecurityTokenClient, IDisposable
{
    private readonly AmazonSecurityTokenServiceClient _client;
    private readonly SdkCall _call;

    public SecurityTokenClient(AwsClientOptions options)
    {
        _client = new AmazonSecurityTokenServiceClient(options.Credentials,
            SdkCall.Configure(new AmazonSecurityTokenServiceConfig(), options, AwsService.Sts));
        _call = new SdkCall(options, AwsService.Sts);
    }

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default)
    {
        var r = await _call.InvokeAsync("GetCallerIdentity", t => _client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), t), ct).ConfigureAwait(false);
        return new CallerIdentity(r.Account, r.Arn);
    }

    public async Task<AWSCredentials> AssumeRoleAsync(string roleArn, string roleSessionName, string? externalId, TimeSpan duration,
        CancellationToken ct = default)
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = roleArn,
            RoleSessionName = roleSessionName,
            ExternalId = externalId,
            DurationSeconds = (int)duration.TotalSeconds,
        };
        var first = await AssumeOnceAsync(request, ct).ConfigureAwait(false);
        return new RoleSessionCredentials(first.Credentials, first.Expiration, () => AssumeOnceAsync(request, CancellationToken.None));
    }

    private async Task<RefreshingAWSCredentials.CredentialsRefreshState> AssumeOnceAsync(AssumeRoleRequest request, CancellationToken ct)
    {
        var r = await _call.InvokeAsync("AssumeRole", t => _client.AssumeRoleAsync(request, t), ct).ConfigureAwait(false);
        var c = r.Credentials;
        var expiration = c.Expiration is { } e ? e.ToUniversalTime() : DateTime.UtcNow.AddSeconds(request.DurationSeconds ?? 3600);
        return new RefreshingAWSCredentials.CredentialsRefreshState(new ImmutableCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken), expiration);
    }

    public void Dispose() => _client.Dispose();
}
