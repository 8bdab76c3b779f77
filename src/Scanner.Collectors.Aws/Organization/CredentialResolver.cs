using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// The scanner's own credentials and home region, in the SDK's order: explicit credentials, then static keys in the
/// environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, read through the options' lookup so
/// tests need not touch the process), then the named profile (shared config and credentials files, SSO, assume-role,
/// credential_process), then AWSSDK.Core's default chain (AWS_PROFILE, container and instance roles). Whatever the
/// user has to fix (no credentials at all, a profile that does not exist, an SSO login that expired) is an
/// <see cref="InputException"/> naming the cause and the fix, before any API call.
/// </summary>
internal static class CredentialResolver
{
    private const string NoneFound =
        "none found: no AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, no AWS_PROFILE or [default] profile in the shared " +
        "config or credentials file, and no container or instance role. Set the two variables, pass --profile NAME (after 'aws configure' " +
        "or 'aws configure sso'), or run where a role is attached.";

    public static AWSCredentials Resolve(AwsScanOptions options, Func<string, string?> env)
    {
        if (options.Credentials is not null) return options.Credentials;
        if (options.Profile is null && env("AWS_ACCESS_KEY_ID") is { Length: > 0 } key && env("AWS_SECRET_ACCESS_KEY") is { Length: > 0 } secret)
            return env("AWS_SESSION_TOKEN") is { Length: > 0 } token ? new SessionAWSCredentials(key, secret, token) : new BasicAWSCredentials(key, secret);
        SdkRuntimeDependencies.EnsureRegistered();
        if (options.Profile is { } profile)
        {
            var chain = Profiles(env);
            if (!chain.TryGetAWSCredentials(profile, out var credentials)) throw new InputException("--profile", ProfileNotFound(profile, env));
            return credentials;
        }
        if (env("AWS_PROFILE") is { Length: > 0 } named && !Profiles(env).TryGetProfile(named.Trim(), out _))
            throw new InputException("AWS_PROFILE", ProfileNotFound(named.Trim(), env));
        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new InputException("AWS credentials", NoneFound, inner: e);
        }
    }

    /// <summary>
    /// Fetches credentials that are resolved lazily (SSO, assume-role and credential_process profiles) once, so an
    /// expired SSO login or a broken profile is reported as such instead of failing the first API call.
    /// </summary>
    public static async Task EnsureUsableAsync(AWSCredentials credentials, AwsScanOptions options, Func<string, string?> env)
    {
        if (credentials is BasicAWSCredentials or SessionAWSCredentials) return;
        try
        {
            await credentials.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            var profile = options.Profile ?? env("AWS_PROFILE")?.Trim() ?? "default";
            var source = options.Profile is not null ? "--profile" : "AWS credentials";
            var reason = Protocol.AwsErrorMessage.Sanitize(e.Message).ReplaceLineEndings(" ");
            if (credentials is SSOAWSCredentials || e.Message.Contains("SSO", StringComparison.Ordinal))
                throw new InputException(source,
                    $"the SSO session of profile '{profile}' has expired or was never started ({reason}). Run 'aws sso login --profile {profile}' and scan again.", inner: e);
            throw new InputException(source, $"the credentials of profile '{profile}' could not be obtained ({reason}). Check the profile's settings in the shared config file.", inner: e);
        }
    }

    /// <summary>AWS_REGION, AWS_DEFAULT_REGION, then the profile's region; null when none is configured.</summary>
    public static string? HomeRegion(AwsScanOptions options, Func<string, string?> env)
    {
        if (env("AWS_REGION") is { Length: > 0 } r) return r.Trim();
        if (env("AWS_DEFAULT_REGION") is { Length: > 0 } d) return d.Trim();
        var profileName = options.Profile ?? env("AWS_PROFILE") ?? "default";
        return Profiles(env).TryGetProfile(profileName, out var p) && p.Region is { } region ? region.SystemName : null;
    }

    private static string ProfileNotFound(string profile, Func<string, string?> env)
    {
        var files = string.Join(" or ", new[] { env("AWS_CONFIG_FILE") ?? "~/.aws/config", env("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials" });
        return $"AWS profile '{profile}' was not found in {files}. List the profiles with 'aws configure list-profiles', " +
               $"create it with 'aws configure --profile {profile}' (or 'aws configure sso'), or fix the name.";
    }

    /// <summary>The shared config/credentials files; AWS_SHARED_CREDENTIALS_FILE is read through the lookup, not cached process state.</summary>
    private static CredentialProfileStoreChain Profiles(Func<string, string?> env) =>
        env("AWS_SHARED_CREDENTIALS_FILE") is { Length: > 0 } file ? new CredentialProfileStoreChain(file) : new CredentialProfileStoreChain();
}
