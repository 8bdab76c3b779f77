using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// The scanner's own credentials and home region, in the SDK's order: explicit credentials, then static keys in the
/// environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, read through the options' lookup so
/// tests need not touch the process), then the named profile (shared config and credentials files, SSO, assume-role,
/// credential_process), then AWSSDK.Core's default chain (AWS_PROFILE, container and instance roles).
/// </summary>
internal static class CredentialResolver
{
    public static AWSCredentials Resolve(AwsScanOptions options, Func<string, string?> env)
    {
        if (options.Credentials is not null) return options.Credentials;
        if (options.Profile is null && env("AWS_ACCESS_KEY_ID") is { Length: > 0 } key && env("AWS_SECRET_ACCESS_KEY") is { Length: > 0 } secret)
            return env("AWS_SESSION_TOKEN") is { Length: > 0 } token ? new SessionAWSCredentials(key, secret, token) : new BasicAWSCredentials(key, secret);
        SdkRuntimeDependencies.EnsureRegistered();
        if (options.Profile is { } profile)
        {
            var chain = Profiles(env);
            if (!chain.TryGetAWSCredentials(profile, out var credentials))
                throw new InputException("--profile", $"AWS profile '{profile}' was not found in the shared config or credentials file.");
            return credentials;
        }
        return DefaultAWSCredentialsIdentityResolver.GetCredentials();
    }

    /// <summary>AWS_REGION, AWS_DEFAULT_REGION, then the profile's region; null when none is configured.</summary>
    public static string? HomeRegion(AwsScanOptions options, Func<string, string?> env)
    {
        if (env("AWS_REGION") is { Length: > 0 } r) return r.Trim();
        if (env("AWS_DEFAULT_REGION") is { Length: > 0 } d) return d.Trim();
        var profileName = options.Profile ?? env("AWS_PROFILE") ?? "default";
        return Profiles(env).TryGetProfile(profileName, out var p) && p.Region is { } region ? region.SystemName : null;
    }

    /// <summary>The shared config/credentials files; AWS_SHARED_CREDENTIALS_FILE is read through the lookup, not cached process state.</summary>
    private static CredentialProfileStoreChain Profiles(Func<string, string?> env) =>
        env("AWS_SHARED_CREDENTIALS_FILE") is { Length: > 0 } file ? new CredentialProfileStoreChain(file) : new CredentialProfileStoreChain();
}
